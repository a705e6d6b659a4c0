package wave.indicators.volume;

import wave.indicators.BarIndicator;
import wave.indicators.window.TaMath;

/**
 * On-balance volume (Granville): a running total that adds the bar's volume when the close rose
 * and subtracts it when the close fell, in volume units.
 *
 * <p>Equal to TA-Lib's {@code OBV}: the total starts at the first bar's volume (not 0), so it is
 * valid from the first bar. Warm-up: 1 bar, first valid index 0.
 */
public final class Obv implements BarIndicator {
    private boolean started;
    private double previousClose;
    private double value = Double.NaN;

    /** Feeds the next close and volume. */
    public void update(double close, double volume) {
        if (!started) {
            started = true;
            value = volume;
        } else if (close > previousClose) {
            value += volume;
        } else if (close < previousClose) {
            value -= volume;
        }
        previousClose = close;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(close, volume);
    }

    /** The current OBV, or NaN before the first bar. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return started;
    }

    @Override
    public int warmupPeriod() {
        return 1;
    }

    @Override
    public void reset() {
        started = false;
        previousClose = 0.0;
        value = Double.NaN;
    }

    /**
     * The OBV of a whole series, equal bit for bit to feeding the bars to {@link #update}.
     *
     * @return an array as long as the inputs
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] compute(double[] close, double[] volume) {
        int n = TaMath.sameLength("close and volume", close, volume);
        double[] out = new double[n];
        Obv obv = new Obv();
        for (int i = 0; i < n; i++) {
            obv.update(close[i], volume[i]);
            out[i] = obv.value();
        }
        return out;
    }
}
