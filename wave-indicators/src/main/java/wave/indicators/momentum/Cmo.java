package wave.indicators.momentum;

import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.window.GainLossAverages;
import wave.indicators.window.TaMath;

/**
 * Chande momentum oscillator: {@code 100 * (gains - losses) / (gains + losses)} over the changes
 * of the input, in [-100, 100].
 *
 * <p>Equal to TA-Lib's {@code CMO} (unstable period 0, default compatibility), which smooths the
 * gains and losses like {@link Rsi} does (Wilder: the plain means of the first {@code period}
 * changes, then {@code (avg * (period - 1) + x) / period}) instead of Chande's plain sums over
 * the window, so {@code CMO = 2 * RSI - 100}; the value is 0 when both averages sum to less than
 * 1e-8. Warm-up: {@code period + 1} values, first valid index {@code period}. The period must be
 * in [2, 100000] as in TA-Lib.
 */
public final class Cmo implements ValueIndicator {
    private final int period;
    private final PriceField field;
    private final GainLossAverages averages;
    private double value = Double.NaN;

    /** A CMO of closing prices. */
    public Cmo(int period) {
        this(period, PriceField.CLOSE);
    }

    /** A CMO of the given bar field. */
    public Cmo(int period, PriceField field) {
        this.period = TaMath.period("period", period, 2);
        this.field = field;
        this.averages = new GainLossAverages(period);
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        if (averages.update(x)) {
            value = cmo(averages.gain(), averages.loss());
        }
    }

    private static double cmo(double avgGain, double avgLoss) {
        double total = avgGain + avgLoss;
        return (-0.00000001 < total && total < 0.00000001)
                ? 0.0
                : 100.0 * ((avgGain - avgLoss) / total);
    }

    @Override
    public PriceField field() {
        return field;
    }

    /** The current CMO in [-100, 100], or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return averages.isReady();
    }

    @Override
    public int warmupPeriod() {
        return period + 1;
    }

    @Override
    public void reset() {
        averages.reset();
        value = Double.NaN;
    }

    /**
     * The CMO of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code period}
     */
    public static double[] compute(double[] values, int period) {
        TaMath.period("period", period, 2);
        double[] out = TaMath.nans(values.length);
        GainLossAverages averages = new GainLossAverages(period);
        for (int i = 0; i < values.length; i++) {
            if (averages.update(values[i])) {
                out[i] = cmo(averages.gain(), averages.loss());
            }
        }
        return out;
    }
}
