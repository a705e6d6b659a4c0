package wave.indicators;

/**
 * Double exponential moving average (Mulloy): {@code 2 * EMA(x) - EMA(EMA(x))}, both EMAs over
 * {@code period} with {@code k = 2 / (period + 1)}.
 *
 * <p>Equal to TA-Lib's {@code DEMA}: each EMA is seeded as TA-Lib seeds it, the first with the
 * mean of the first {@code period} inputs, the second with the mean of the first
 * {@code period} values of the first. Warm-up: {@code 2 * (period - 1) + 1} values, first valid
 * index {@code 2 * (period - 1)}. The period must be in [2, 100000] as in TA-Lib.
 */
public final class Dema implements ValueIndicator {
    private final int period;
    private final PriceField field;
    private final EmaChain emas;
    private double value = Double.NaN;

    /** A DEMA of closing prices. */
    public Dema(int period) {
        this(period, PriceField.CLOSE);
    }

    /** A DEMA of the given bar field. */
    public Dema(int period, PriceField field) {
        this.period = TaMath.period("period", period, 2);
        this.field = field;
        this.emas = new EmaChain(period, 2);
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        if (emas.update(x)) {
            value = dema(emas);
        }
    }

    /** {@code 2 * e1 - e2} of a full chain. */
    private static double dema(EmaChain emas) {
        return (2.0 * emas.value(0)) - emas.value(1);
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
        return emas.isReady();
    }

    @Override
    public int warmupPeriod() {
        return 2 * (period - 1) + 1;
    }

    @Override
    public void reset() {
        emas.reset();
        value = Double.NaN;
    }

    /**
     * The DEMA of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code 2 * (period - 1)}
     */
    public static double[] compute(double[] values, int period) {
        TaMath.period("period", period, 2);
        double[] out = TaMath.nans(values.length);
        EmaChain emas = new EmaChain(period, 2);
        for (int i = 0; i < values.length; i++) {
            if (emas.update(values[i])) {
                out[i] = dema(emas);
            }
        }
        return out;
    }
}
