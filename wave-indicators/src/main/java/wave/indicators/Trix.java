package wave.indicators;

/**
 * TRIX (Hutson): the one-bar rate of change, in percent, of a triple-smoothed EMA,
 * {@code 100 * (e3 / previous e3 - 1)} with {@code e3 = EMA(EMA(EMA(x)))}.
 *
 * <p>Equal to TA-Lib's {@code TRIX}: each EMA over {@code period} is seeded with the mean of the
 * first {@code period} values of its input, and the rate of change is TA-Lib's {@code ROC}
 * (0 when the previous value is 0). Warm-up: {@code 3 * (period - 1) + 2} values, first valid
 * index {@code 3 * (period - 1) + 1}. The period must be in [2, 100000]: TA-Lib's range check
 * admits 1, but its EMA lookback does not, and its Java port fails on TRIX(1).
 */
public final class Trix implements ValueIndicator {
    private final int period;
    private final PriceField field;
    private final SeededEma ema1;
    private final SeededEma ema2;
    private final SeededEma ema3;
    private boolean hasPrevious;
    private boolean ready;
    private double previous;
    private double value = Double.NaN;

    /** A TRIX of closing prices. */
    public Trix(int period) {
        this(period, PriceField.CLOSE);
    }

    /** A TRIX of the given bar field. */
    public Trix(int period, PriceField field) {
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
            double e3 = ema3.value();
            if (hasPrevious) {
                value = Roc.roc(e3, previous);
                ready = true;
            }
            hasPrevious = true;
            previous = e3;
        }
    }

    @Override
    public PriceField field() {
        return field;
    }

    /** The current TRIX in percent, or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return ready;
    }

    @Override
    public int warmupPeriod() {
        return 3 * (period - 1) + 2;
    }

    @Override
    public void reset() {
        ema1.reset();
        ema2.reset();
        ema3.reset();
        hasPrevious = false;
        ready = false;
        previous = 0.0;
        value = Double.NaN;
    }

    /**
     * The TRIX of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code 3 * (period - 1) + 1}
     */
    public static double[] compute(double[] values, int period) {
        TaMath.period("period", period, 2);
        double[] ema1 = TaMath.emaFrom(values, 0, period);
        double[] ema2 = TaMath.emaFrom(ema1, period - 1, period);
        double[] ema3 = TaMath.emaFrom(ema2, 2 * (period - 1), period);
        double[] out = TaMath.nans(values.length);
        for (int i = 3 * (period - 1) + 1; i < values.length; i++) {
            out[i] = Roc.roc(ema3[i], ema3[i - 1]);
        }
        return out;
    }
}
