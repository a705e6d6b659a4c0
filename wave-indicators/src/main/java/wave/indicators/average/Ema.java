package wave.indicators.average;

import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.window.SeededEma;
import wave.indicators.window.TaMath;

/**
 * Exponential moving average with smoothing factor {@code k = 2 / (period + 1)}:
 * {@code ema = (x - ema) * k + ema}.
 *
 * <p>As in TA-Lib's {@code EMA} (default compatibility), the first value is the simple average
 * of the first {@code period} values, so the warm-up is {@code period} values and the first
 * valid index is {@code period - 1}. The period must be in [2, 100000] as in TA-Lib.
 */
public final class Ema implements ValueIndicator {
    private final int period;
    private final PriceField field;
    private final SeededEma average;

    /** An EMA of closing prices. */
    public Ema(int period) {
        this(period, PriceField.CLOSE);
    }

    /** An EMA of the given bar field. */
    public Ema(int period, PriceField field) {
        this.period = TaMath.period("period", period, 2);
        this.field = field;
        this.average = new SeededEma(period);
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        average.update(x);
    }

    /** The current average, or NaN before {@link #isReady()}. */
    public double value() {
        return average.isReady() ? average.value() : Double.NaN;
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
     * The EMA of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code period - 1}
     */
    public static double[] compute(double[] values, int period) {
        return compute(values, period, new double[values.length]);
    }

    /**
     * The array form written into a caller's array (no allocation).
     *
     * @param out receives the values, NaN before the first valid index; same length as {@code values}
     * @return {@code out}
     */
    public static double[] compute(double[] values, int period, double[] out) {
        TaMath.period("period", period, 2);
        return TaMath.emaInto(values, 0, period, out);
    }
}
