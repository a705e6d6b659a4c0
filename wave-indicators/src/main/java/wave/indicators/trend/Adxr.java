package wave.indicators.trend;

import wave.indicators.BarIndicator;
import wave.indicators.window.LagWindow;
import wave.indicators.window.TaMath;

/**
 * Average directional movement rating: the mean of the current {@link Adx} and the ADX
 * {@code period - 1} bars earlier.
 *
 * <p>Equal to TA-Lib's {@code ADXR} (unstable period 0), {@code (adx + earlier adx) / 2}.
 * Warm-up: {@code 3 * period - 1} bars, first valid index {@code 3 * period - 2}. The period must
 * be in [2, 100000] as in TA-Lib.
 */
public final class Adxr implements BarIndicator {
    private final int period;
    private final Adx adx;
    /** The last {@code period - 1} ADX values. */
    private final LagWindow window;
    private double value = Double.NaN;

    /** An ADXR over {@code period} bars (commonly 14). */
    public Adxr(int period) {
        this.period = TaMath.period("period", period, 2);
        this.adx = new Adx(period);
        this.window = new LagWindow(period - 1);
    }

    /** Feeds the next bar. */
    public void update(double high, double low, double close) {
        adx.update(high, low, close);
        if (!adx.isReady()) {
            return;
        }
        double current = adx.value();
        double earlier = window.update(current); // the ADX period - 1 bars ago
        if (window.isReady()) {
            value = (current + earlier) / 2.0;
        }
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /** The current ADXR in [0, 100], or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return window.isReady();
    }

    @Override
    public int warmupPeriod() {
        return 3 * period - 1;
    }

    @Override
    public void reset() {
        adx.reset();
        window.reset();
        value = Double.NaN;
    }

    /**
     * The ADXR of a whole series, equal bit for bit to feeding the bars to {@link #update}.
     *
     * @return an array as long as the inputs, NaN before index {@code 3 * period - 2}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] compute(double[] high, double[] low, double[] close, int period) {
        double[] adx = Adx.compute(high, low, close, period);
        double[] out = TaMath.nans(adx.length);
        for (int i = 3 * period - 2; i < adx.length; i++) {
            out[i] = (adx[i] + adx[i - (period - 1)]) / 2.0;
        }
        return out;
    }
}
