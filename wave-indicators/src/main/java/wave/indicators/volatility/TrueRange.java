package wave.indicators.volatility;

import wave.indicators.BarIndicator;
import wave.indicators.window.TaMath;

/**
 * True range: {@code max(high - low, |previous close - high|, |previous close - low|)}, in price
 * units.
 *
 * <p>Equal to TA-Lib's {@code TRANGE}: the first bar has no previous close and no value. Warm-up:
 * 2 bars, first valid index 1.
 */
public final class TrueRange implements BarIndicator {
    private boolean started;
    private boolean ready;
    private double previousClose;
    private double value = Double.NaN;

    /** Feeds the next bar. */
    public void update(double high, double low, double close) {
        if (started) {
            value = TaMath.trueRange(high, low, previousClose);
            ready = true;
        }
        started = true;
        previousClose = close;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /** The current true range, or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return ready;
    }

    @Override
    public int warmupPeriod() {
        return 2;
    }

    @Override
    public void reset() {
        started = false;
        ready = false;
        previousClose = 0.0;
        value = Double.NaN;
    }

    /**
     * The true range of a whole series, equal bit for bit to feeding the bars to
     * {@link #update}.
     *
     * @return an array as long as the inputs, NaN at index 0
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] compute(double[] high, double[] low, double[] close) {
        int n = TaMath.sameLength("high, low and close", high, low, close);
        double[] out = TaMath.nans(n);
        for (int i = 1; i < n; i++) {
            out[i] = TaMath.trueRange(high[i], low[i], close[i - 1]);
        }
        return out;
    }
}
