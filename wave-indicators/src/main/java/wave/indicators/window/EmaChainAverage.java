package wave.indicators.window;

import java.util.function.ToDoubleFunction;
import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;

/**
 * A moving average built from a chain of EMAs of one period (DEMA, TEMA): the shared state, warm-up and array form;
 * each subclass says how the chain's values combine.
 */
public abstract class EmaChainAverage implements ValueIndicator {
    private final int period;
    private final int depth;
    private final PriceField field;
    private final EmaChain emas;
    private double value = Double.NaN;

    protected EmaChainAverage(int period, int depth, PriceField field) {
        this.period = TaMath.period("period", period, 2);
        this.depth = depth;
        this.field = field;
        this.emas = new EmaChain(period, depth);
    }

    /** The average from a full chain. */
    protected abstract double combine(EmaChain emas);

    /** Feeds the next value. */
    @Override
    public final void update(double x) {
        if (emas.update(x)) {
            value = combine(emas);
        }
    }

    @Override
    public final PriceField field() {
        return field;
    }

    /** The current average, or NaN before {@link #isReady()}. */
    public final double value() {
        return value;
    }

    @Override
    public final boolean isReady() {
        return emas.isReady();
    }

    @Override
    public final int warmupPeriod() {
        return depth * (period - 1) + 1;
    }

    @Override
    public final void reset() {
        emas.reset();
        value = Double.NaN;
    }

    /** The array form: {@code combine} of a chain of {@code depth} EMAs, NaN before index {@code depth * (period - 1)}. */
    public static double[] compute(double[] values, int period, int depth, ToDoubleFunction<EmaChain> combine) {
        TaMath.period("period", period, 2);
        double[] out = TaMath.nans(values.length);
        EmaChain emas = new EmaChain(period, depth);
        for (int i = 0; i < values.length; i++) {
            if (emas.update(values[i])) {
                out[i] = combine.applyAsDouble(emas);
            }
        }
        return out;
    }
}
