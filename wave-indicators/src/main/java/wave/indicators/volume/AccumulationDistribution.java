package wave.indicators.volume;

import wave.indicators.BarIndicator;
import wave.indicators.window.TaMath;

/**
 * Chaikin's accumulation/distribution line: the running total of each bar's money flow volume
 * {@code ((close - low) - (high - close)) / (high - low) * volume}, in volume units.
 *
 * <p>Equal to TA-Lib's {@code AD}: the total starts at 0 and a bar with {@code high <= low} adds
 * nothing. Warm-up: 1 bar, first valid index 0.
 */
public final class AccumulationDistribution implements BarIndicator {
    private boolean started;
    private double value = Double.NaN;

    /** Feeds the next bar. */
    public void update(double high, double low, double close, double volume) {
        if (!started) {
            started = true;
            value = 0.0;
        }
        value = next(value, high, low, close, volume);
    }

    /** TA-Lib's A/D step: adds the bar's money flow volume when its range is positive. */
    static double next(double ad, double high, double low, double close, double volume) {
        double range = high - low;
        if (range > 0.0) {
            ad += (((close - low) - (high - close)) / range) * volume;
        }
        return ad;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close, volume);
    }

    /** The current A/D line, or NaN before the first bar. */
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
        value = Double.NaN;
    }

    /**
     * The A/D line of a whole series, equal bit for bit to feeding the bars to {@link #update}.
     *
     * @return an array as long as the inputs
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] compute(double[] high, double[] low, double[] close, double[] volume) {
        int n = TaMath.sameLength("high, low, close and volume", high, low, close, volume);
        double[] out = new double[n];
        double ad = 0.0;
        for (int i = 0; i < n; i++) {
            ad = next(ad, high[i], low[i], close[i], volume[i]);
            out[i] = ad;
        }
        return out;
    }
}
