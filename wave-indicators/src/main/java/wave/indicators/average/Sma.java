package wave.indicators.average;

import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.window.SmaState;
import wave.indicators.window.TaMath;

/**
 * Simple moving average: the mean of the last {@code period} values.
 *
 * <p>Warm-up: {@code period} values; the first valid index is {@code period - 1}. Equal to
 * TA-Lib's {@code SMA}, whose running sum it keeps the same way: add the newest value, divide,
 * then subtract the oldest value of the window. The period must be in [2, 100000] as in TA-Lib.
 */
public final class Sma implements ValueIndicator {
    private final int period;
    private final PriceField field;
    private final SmaState average;

    /** An SMA of closing prices. */
    public Sma(int period) {
        this(period, PriceField.CLOSE);
    }

    /** An SMA of the given bar field. */
    public Sma(int period, PriceField field) {
        this.period = TaMath.period("period", period, 2);
        this.field = field;
        this.average = new SmaState(period);
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        average.update(x);
    }

    /** The current average, or NaN before {@link #isReady()}. */
    public double value() {
        return average.value();
    }

    @Override
    public PriceField field() {
        return field;
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
     * The SMA of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code period - 1}
     */
    public static double[] compute(double[] values, int period) {
        return compute(values, period, new double[values.length]);
    }

    /**
     * The array form written into a caller's array (no allocation), e.g. to reuse one buffer across runs.
     *
     * @param out receives the values, NaN before the first valid index; same length as {@code values}
     * @return {@code out}
     */
    public static double[] compute(double[] values, int period, double[] out) {
        TaMath.period("period", period, 2);
        return TaMath.smaInto(values, 0, period, out);
    }
}
