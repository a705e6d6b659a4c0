package wave.engine.bias;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import wave.domain.market.BarSeries;
import wave.indicators.BarIndicator;

/**
 * Recursive-formula check (freqtrade's recursive-analysis): computes indicators on the whole history and again from
 * later start bars, and measures how long the values take to agree at the same bar. A moving average over a window
 * agrees as soon as it is warmed up; an EMA or RSI carries its whole past and agrees only after many more bars, so
 * its values depend on how much history was loaded.
 */
public final class RecursiveAnalysis {
    private final Supplier<List<IndicatorOutput>> outputs;
    private final double tolerance;

    /**
     * @param outputs   the outputs of fresh indicators for each run, always in the same order (e.g. those of a new
     *                  strategy's registered indicators, {@link IndicatorOutput#of})
     * @param tolerance the relative difference under which two values agree, e.g. 1e-9
     */
    public RecursiveAnalysis(Supplier<List<IndicatorOutput>> outputs, double tolerance) {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
        }
        this.outputs = outputs;
        this.tolerance = tolerance;
    }

    /**
     * Compares every output of every indicator computed from each start bar with the whole-history values.
     *
     * @param starts   first bars of the later runs (0-based, each below the number of bars)
     * @param progress told the fraction of runs done, from 0 to 1
     * @return one drift per output and start, outputs in registration order, then starts in the given order
     */
    public List<IndicatorDrift> run(BarSeries data, int[] starts, DoubleConsumer progress) {
        for (int start : starts) {
            if (start < 1 || start >= data.size()) {
                throw new IllegalArgumentException("start bar " + start + " is outside 1.." + (data.size() - 1));
            }
        }
        Outputs base = new Outputs(outputs.get());
        if (base.outputs.isEmpty()) {
            throw new IllegalArgumentException("the strategy registers no indicator with a double output to analyse");
        }
        double[][] full = base.values(data, 0);
        progress.accept(1.0 / (starts.length + 1));
        double[][][] later = new double[starts.length][][];
        for (int s = 0; s < starts.length; s++) {
            later[s] = new Outputs(outputs.get()).values(data, starts[s]);
            progress.accept((s + 2.0) / (starts.length + 1));
        }
        List<IndicatorDrift> out = new ArrayList<>();
        for (int o = 0; o < base.outputs.size(); o++) {
            IndicatorOutput output = base.outputs.get(o);
            for (int s = 0; s < starts.length; s++) {
                out.add(drift(output.name(), output.indicator().warmupPeriod(), starts[s], full[o], later[s][o]));
            }
        }
        return out;
    }

    private IndicatorDrift drift(String name, int warmup, int start, double[] full, double[] later) {
        int size = full.length;
        int firstChecked = start + warmup - 1;
        double max = 0;
        int lastBad = -1;
        for (int i = Math.max(start, firstChecked); i < size; i++) {
            double relative = relativeDifference(later[i], full[i]);
            max = Math.max(max, relative);
            if (!(relative <= tolerance)) {
                lastBad = i;
            }
        }
        int needed = lastBad < 0 ? warmup : lastBad == size - 1 ? -1 : lastBad + 2 - start;
        return new IndicatorDrift(name, warmup, start, max, needed);
    }

    /** {@code |a - b| / |b|}: 0 when equal (both NaN included), infinite when only one is NaN or b is 0. */
    static double relativeDifference(double a, double b) {
        if (a == b || Double.isNaN(a) && Double.isNaN(b)) {
            return 0;
        }
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(a - b) / Math.abs(b);
    }

    /** The outputs of fresh indicators, with the distinct indicators to feed. */
    private static final class Outputs {
        private final List<IndicatorOutput> outputs;
        private final List<BarIndicator> indicators = new ArrayList<>();

        Outputs(List<IndicatorOutput> outputs) {
            this.outputs = outputs;
            for (IndicatorOutput output : outputs) {
                if (indicators.stream().noneMatch(i -> i == output.indicator())) {
                    indicators.add(output.indicator());
                }
            }
        }

        /** Every output at every bar, NaN before {@code from} and while its indicator is not ready. */
        double[][] values(BarSeries data, int from) {
            double[][] values = new double[outputs.size()][data.size()];
            for (double[] row : values) {
                Arrays.fill(row, Double.NaN);
            }
            for (int i = from; i < data.size(); i++) {
                for (BarIndicator indicator : indicators) {
                    indicator.update(data.open(i), data.high(i), data.low(i), data.close(i), data.volume(i));
                }
                for (int o = 0; o < outputs.size(); o++) {
                    IndicatorOutput output = outputs.get(o);
                    values[o][i] = output.indicator().isReady() ? output.value().getAsDouble() : Double.NaN;
                }
            }
            return values;
        }
    }
}
