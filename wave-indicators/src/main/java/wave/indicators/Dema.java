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
    private final SeededEma ema1;
    private final SeededEma ema2;
    private double value = Double.NaN;

    /** A DEMA of closing prices. */
    public Dema(int period) {
        this(period, PriceField.CLOSE);
    }

    /** A DEMA of the given bar field. */
    public Dema(int period, PriceField field) {
        this.period = TaMath.period("period", period, 2);
        this.field = field;
        this.ema1 = new SeededEma(period);
        this.ema2 = new SeededEma(period);
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        if (ema1.update(x) && ema2.update(ema1.value())) {
            value = (2.0 * ema1.value()) - ema2.value();
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
        return ema2.isReady();
    }

    @Override
    public int warmupPeriod() {
        return 2 * (period - 1) + 1;
    }

    @Override
    public void reset() {
        ema1.reset();
        ema2.reset();
        value = Double.NaN;
    }

    /**
     * The DEMA of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code 2 * (period - 1)}
     */
    public static double[] compute(double[] values, int period) {
        TaMath.period("period", period, 2);
        double[] ema1 = TaMath.emaFrom(values, 0, period);
        double[] ema2 = TaMath.emaFrom(ema1, period - 1, period);
        double[] out = TaMath.nans(values.length);
        for (int i = 2 * (period - 1); i < values.length; i++) {
            out[i] = (2.0 * ema1[i]) - ema2[i];
        }
        return out;
    }
}
