package wave.indicators.momentum;

import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.window.LagWindow;
import wave.indicators.window.TaMath;

/**
 * Momentum: {@code x - x[period ago]}, in the input's units.
 *
 * <p>Equal to TA-Lib's {@code MOM}. Warm-up: {@code period + 1} values, first valid index
 * {@code period}. The period must be in [1, 100000] as in TA-Lib.
 */
public final class Momentum implements ValueIndicator {
    private final int period;
    private final PriceField field;
    private final LagWindow window;
    private double value = Double.NaN;

    /** A momentum of closing prices. */
    public Momentum(int period) {
        this(period, PriceField.CLOSE);
    }

    /** A momentum of the given bar field. */
    public Momentum(int period, PriceField field) {
        this.period = TaMath.period("period", period, 1);
        this.field = field;
        this.window = new LagWindow(period);
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        double earlier = window.update(x);
        if (window.isReady()) {
            value = x - earlier;
        }
    }

    @Override
    public PriceField field() {
        return field;
    }

    /** The current momentum, or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return window.isReady();
    }

    @Override
    public int warmupPeriod() {
        return period + 1;
    }

    @Override
    public void reset() {
        window.reset();
        value = Double.NaN;
    }

    /**
     * The momentum of a whole series, equal bit for bit to feeding {@code values} to
     * {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code period}
     */
    public static double[] compute(double[] values, int period) {
        TaMath.period("period", period, 1);
        double[] out = TaMath.nans(values.length);
        LagWindow window = new LagWindow(period);
        for (int i = 0; i < values.length; i++) {
            double earlier = window.update(values[i]);
            if (window.isReady()) {
                out[i] = values[i] - earlier;
            }
        }
        return out;
    }
}
