package wave.indicators.average;

import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.window.TaMath;
import wave.indicators.window.WmaState;

/**
 * Weighted moving average: the newest of the last {@code period} values weighs {@code period},
 * the oldest 1, divided by {@code period * (period + 1) / 2}.
 *
 * <p>Equal to TA-Lib's {@code WMA}, whose two running sums it keeps the same way (the weighted
 * sum and the plain sum of the window, each updated in O(1)). Warm-up: {@code period} values,
 * first valid index {@code period - 1}. The period must be in [2, 100000] as in TA-Lib.
 */
public final class Wma implements ValueIndicator {
    private final int period;
    private final PriceField field;
    private final WmaState average;

    /** A WMA of closing prices. */
    public Wma(int period) {
        this(period, PriceField.CLOSE);
    }

    /** A WMA of the given bar field. */
    public Wma(int period, PriceField field) {
        this.period = TaMath.period("period", period, 2);
        this.field = field;
        this.average = new WmaState(period);
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        average.update(x);
    }

    @Override
    public PriceField field() {
        return field;
    }

    /** The current average, or NaN before {@link #isReady()}. */
    public double value() {
        return average.value();
    }

    @Override
    public boolean isReady() {
        return average.isReady();
    }

    @Override
    public int warmupPeriod() {
        return period;
    }

    @Override
    public void reset() {
        average.reset();
    }

    /**
     * The WMA of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code period - 1}
     */
    public static double[] compute(double[] values, int period) {
        TaMath.period("period", period, 2);
        return TaMath.wma(values, period);
    }
}
