package wave.indicators;

/**
 * Triple exponential moving average (Mulloy):
 * {@code 3 * EMA(x) - 3 * EMA(EMA(x)) + EMA(EMA(EMA(x)))}, every EMA over {@code period}.
 *
 * <p>Equal to TA-Lib's {@code TEMA}: each EMA is seeded with the mean of the first
 * {@code period} values of its input, and the sum is evaluated in TA-Lib's order
 * {@code e3 + (3 * e1 - 3 * e2)}. Warm-up: {@code 3 * (period - 1) + 1} values, first valid
 * index {@code 3 * (period - 1)}. The period must be in [2, 100000] as in TA-Lib.
 */
public final class Tema implements ValueIndicator {
    private final int period;
    private final PriceField field;
    private final SeededEma ema1;
    private final SeededEma ema2;
    private final SeededEma ema3;
    private double value = Double.NaN;

    /** A TEMA of closing prices. */
    public Tema(int period) {
        this(period, PriceField.CLOSE);
    }

    /** A TEMA of the given bar field. */
    public Tema(int period, PriceField field) {
        this.period = TaMath.period("period", period, 2);
        this.field = field;
        this.ema1 = new SeededEma(period);
        this.ema2 = new SeededEma(period);
        this.ema3 = new SeededEma(period);
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        if (ema1.update(x) && ema2.update(ema1.value()) && ema3.update(ema2.value())) {
            value = ema3.value() + ((3.0 * ema1.value()) - (3.0 * ema2.value()));
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
        return ema3.isReady();
    }

    @Override
    public int warmupPeriod() {
        return 3 * (period - 1) + 1;
    }

    @Override
    public void reset() {
        ema1.reset();
        ema2.reset();
        ema3.reset();
        value = Double.NaN;
    }

    /**
     * The TEMA of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code 3 * (period - 1)}
     */
    public static double[] compute(double[] values, int period) {
        TaMath.period("period", period, 2);
        double[] ema1 = TaMath.emaFrom(values, 0, period);
        double[] ema2 = TaMath.emaFrom(ema1, period - 1, period);
        double[] ema3 = TaMath.emaFrom(ema2, 2 * (period - 1), period);
        double[] out = TaMath.nans(values.length);
        for (int i = 3 * (period - 1); i < values.length; i++) {
            out[i] = ema3[i] + ((3.0 * ema1[i]) - (3.0 * ema2[i]));
        }
        return out;
    }
}
