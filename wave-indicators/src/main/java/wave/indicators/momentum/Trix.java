package wave.indicators.momentum;

import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.window.EmaChain;
import wave.indicators.window.LagWindow;
import wave.indicators.window.TaMath;

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
    private final EmaChain emas;
    /** The previous triple-smoothed EMA. */
    private final LagWindow previous;
    private double value = Double.NaN;

    /** A TRIX of closing prices. */
    public Trix(int period) {
        this(period, PriceField.CLOSE);
    }

    /** A TRIX of the given bar field. */
    public Trix(int period, PriceField field) {
        this.period = TaMath.period("period", period, 2);
        this.field = field;
        this.emas = new EmaChain(period, 3);
        this.previous = new LagWindow(1);
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        if (emas.update(x)) {
            double e3 = emas.value(2);
            double earlier = previous.update(e3);
            if (previous.isReady()) {
                value = Roc.roc(e3, earlier);
            }
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
        return previous.isReady();
    }

    @Override
    public int warmupPeriod() {
        return 3 * (period - 1) + 2;
    }

    @Override
    public void reset() {
        emas.reset();
        previous.reset();
        value = Double.NaN;
    }

    /**
     * The TRIX of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code 3 * (period - 1) + 1}
     */
    public static double[] compute(double[] values, int period) {
        Trix trix = new Trix(period);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            trix.update(values[i]);
            out[i] = trix.value();
        }
        return out;
    }
}
