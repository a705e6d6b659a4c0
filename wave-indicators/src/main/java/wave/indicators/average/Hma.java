package wave.indicators.average;

import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.window.TaMath;
import wave.indicators.window.WmaState;

/**
 * Hull moving average (Alan Hull, 2005):
 * {@code WMA(2 * WMA(x, period / 2) - WMA(x, period), floor(sqrt(period)))}, with integer
 * division for {@code period / 2}.
 *
 * <p>Not in TA-Lib; each WMA is TA-Lib's {@link Wma} (a WMA over 1 value is the value itself).
 * Warm-up: {@code period + floor(sqrt(period)) - 1} values, first valid index
 * {@code period + floor(sqrt(period)) - 2} (the inner WMA is valid from index
 * {@code period - 1}). The period must be in [2, 100000].
 */
public final class Hma implements ValueIndicator {
    private final int period;
    private final PriceField field;
    private final int sqrtPeriod;
    private final WmaState half;
    private final WmaState full;
    private final WmaState outer;

    /** An HMA of closing prices. */
    public Hma(int period) {
        this(period, PriceField.CLOSE);
    }

    /** An HMA of the given bar field. */
    public Hma(int period, PriceField field) {
        this.period = TaMath.period("period", period, 2);
        this.field = field;
        this.sqrtPeriod = sqrtPeriod(period);
        this.half = new WmaState(period / 2);
        this.full = new WmaState(period);
        this.outer = new WmaState(sqrtPeriod);
    }

    private static int sqrtPeriod(int period) {
        return (int) Math.floor(Math.sqrt(period));
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        half.update(x);
        if (full.update(x)) {
            outer.update(2.0 * half.value() - full.value());
        }
    }

    @Override
    public PriceField field() {
        return field;
    }

    /** The current average, or NaN before {@link #isReady()}. */
    public double value() {
        return outer.value();
    }

    @Override
    public boolean isReady() {
        return outer.isReady();
    }

    @Override
    public int warmupPeriod() {
        return period + sqrtPeriod - 1;
    }

    @Override
    public void reset() {
        half.reset();
        full.reset();
        outer.reset();
    }

    /**
     * The HMA of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index
     *     {@code period + floor(sqrt(period)) - 2}
     */
    public static double[] compute(double[] values, int period) {
        Hma hma = new Hma(period);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            hma.update(values[i]);
            out[i] = hma.value();
        }
        return out;
    }
}
