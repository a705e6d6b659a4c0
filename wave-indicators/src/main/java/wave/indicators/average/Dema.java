package wave.indicators.average;

import wave.indicators.PriceField;
import wave.indicators.window.EmaChain;
import wave.indicators.window.EmaChainAverage;

/**
 * Double exponential moving average (Mulloy): {@code 2 * EMA(x) - EMA(EMA(x))}, both EMAs over
 * {@code period} with {@code k = 2 / (period + 1)}.
 *
 * <p>Equal to TA-Lib's {@code DEMA}: each EMA is seeded as TA-Lib seeds it, the first with the
 * mean of the first {@code period} inputs, the second with the mean of the first
 * {@code period} values of the first. Warm-up: {@code 2 * (period - 1) + 1} values, first valid
 * index {@code 2 * (period - 1)}. The period must be in [2, 100000] as in TA-Lib.
 */
public final class Dema extends EmaChainAverage {
    private static final int DEPTH = 2;

    /** A DEMA of closing prices. */
    public Dema(int period) {
        this(period, PriceField.CLOSE);
    }

    /** A DEMA of the given bar field. */
    public Dema(int period, PriceField field) {
        super(period, DEPTH, field);
    }

    @Override
    protected double combine(EmaChain emas) {
        return dema(emas);
    }

    /** {@code 2 * e1 - e2} of a full chain. */
    private static double dema(EmaChain emas) {
        return (2.0 * emas.value(0)) - emas.value(1);
    }

    /**
     * The DEMA of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code 2 * (period - 1)}
     */
    public static double[] compute(double[] values, int period) {
        return compute(values, period, DEPTH, Dema::dema);
    }
}
