package wave.indicators.average;

import wave.indicators.PriceField;
import wave.indicators.window.EmaChain;
import wave.indicators.window.EmaChainAverage;

/**
 * Triple exponential moving average (Mulloy):
 * {@code 3 * EMA(x) - 3 * EMA(EMA(x)) + EMA(EMA(EMA(x)))}, every EMA over {@code period}.
 *
 * <p>Equal to TA-Lib's {@code TEMA}: each EMA is seeded with the mean of the first
 * {@code period} values of its input, and the sum is evaluated in TA-Lib's order
 * {@code e3 + (3 * e1 - 3 * e2)}. Warm-up: {@code 3 * (period - 1) + 1} values, first valid
 * index {@code 3 * (period - 1)}. The period must be in [2, 100000] as in TA-Lib.
 */
public final class Tema extends EmaChainAverage {
    private static final int DEPTH = 3;

    /** A TEMA of closing prices. */
    public Tema(int period) {
        this(period, PriceField.CLOSE);
    }

    /** A TEMA of the given bar field. */
    public Tema(int period, PriceField field) {
        super(period, DEPTH, field);
    }

    @Override
    protected double combine(EmaChain emas) {
        return tema(emas);
    }

    /** {@code e3 + (3 * e1 - 3 * e2)} of a full chain, in TA-Lib's order. */
    private static double tema(EmaChain emas) {
        return emas.value(2) + ((3.0 * emas.value(0)) - (3.0 * emas.value(1)));
    }

    /**
     * The TEMA of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code 3 * (period - 1)}
     */
    public static double[] compute(double[] values, int period) {
        return compute(values, period, DEPTH, Tema::tema);
    }
}
