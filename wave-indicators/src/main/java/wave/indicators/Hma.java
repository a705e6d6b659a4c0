package wave.indicators;

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
    /** Null when {@code period / 2 == 1}: the WMA of one value. */
    private final Wma half;
    private final Wma full;
    /** Null when {@code floor(sqrt(period)) == 1}. */
    private final Wma outer;
    private int count;
    private double value = Double.NaN;

    /** An HMA of closing prices. */
    public Hma(int period) {
        this(period, PriceField.CLOSE);
    }

    /** An HMA of the given bar field. */
    public Hma(int period, PriceField field) {
        this.period = TaMath.period("period", period, 2);
        this.field = field;
        this.sqrtPeriod = sqrtPeriod(period);
        this.half = period / 2 >= 2 ? new Wma(period / 2) : null;
        this.full = new Wma(period);
        this.outer = sqrtPeriod >= 2 ? new Wma(sqrtPeriod) : null;
    }

    private static int sqrtPeriod(int period) {
        return (int) Math.floor(Math.sqrt(period));
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        double halfValue = x;
        if (half != null) {
            half.update(x);
            halfValue = half.value();
        }
        full.update(x);
        if (!full.isReady()) {
            return;
        }
        double raw = 2.0 * halfValue - full.value();
        if (outer == null) {
            count = 1;
            value = raw;
            return;
        }
        outer.update(raw);
        if (outer.isReady()) {
            count = 1;
            value = outer.value();
        }
    }

    @Override
    public PriceField field() {
        return field;
    }

    /** The current average, or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return count == 1;
    }

    @Override
    public int warmupPeriod() {
        return period + sqrtPeriod - 1;
    }

    @Override
    public void reset() {
        if (half != null) {
            half.reset();
        }
        full.reset();
        if (outer != null) {
            outer.reset();
        }
        count = 0;
        value = Double.NaN;
    }

    /**
     * The HMA of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index
     *     {@code period + floor(sqrt(period)) - 2}
     */
    public static double[] compute(double[] values, int period) {
        TaMath.period("period", period, 2);
        double[] half = Wma.computeFrom(values, 0, period / 2);
        double[] full = Wma.computeFrom(values, 0, period);
        double[] raw = TaMath.nans(values.length);
        for (int i = period - 1; i < values.length; i++) {
            raw[i] = 2.0 * half[i] - full[i];
        }
        return Wma.computeFrom(raw, period - 1, sqrtPeriod(period));
    }
}
