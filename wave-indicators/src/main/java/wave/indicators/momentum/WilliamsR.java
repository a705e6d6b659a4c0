package wave.indicators.momentum;

import wave.indicators.BarIndicator;
import wave.indicators.window.RollingRange;
import wave.indicators.window.TaMath;

/**
 * Williams %R: {@code -100 * (highest high - close) / (highest high - lowest low)} over the last
 * {@code period} bars, in [-100, 0].
 *
 * <p>Equal to TA-Lib's {@code WILLR}: computed as {@code (highest - close) / ((highest - lowest)
 * / -100)}, and 0 over a flat window. Warm-up: {@code period} bars, first valid index
 * {@code period - 1}. The period must be in [2, 100000] as in TA-Lib.
 */
public final class WilliamsR implements BarIndicator {
    private final int period;
    private final RollingRange range;
    private double value = Double.NaN;

    /** A Williams %R over {@code period} bars. */
    public WilliamsR(int period) {
        this.period = TaMath.period("period", period, 2);
        this.range = new RollingRange(period);
    }

    /** Feeds the next bar. */
    public void update(double high, double low, double close) {
        if (range.update(high, low)) {
            value = williamsR(close, range);
        }
    }

    /** TA-Lib's %R of {@code close} in a full window. */
    private static double williamsR(double close, RollingRange range) {
        double highest = range.highest();
        double diff = (highest - range.lowest()) / (-100.0);
        return diff != 0.0 ? (highest - close) / diff : 0.0;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /** The current %R in [-100, 0], or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return range.isFull();
    }

    @Override
    public int warmupPeriod() {
        return period;
    }

    @Override
    public void reset() {
        range.reset();
        value = Double.NaN;
    }

    /**
     * Williams %R of a whole series, equal bit for bit to feeding the bars to {@link #update}.
     *
     * @return an array as long as the inputs, NaN before index {@code period - 1}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] compute(double[] high, double[] low, double[] close, int period) {
        TaMath.period("period", period, 2);
        int n = TaMath.sameLength("high, low and close", high, low, close);
        double[] out = TaMath.nans(n);
        RollingRange range = new RollingRange(period);
        for (int i = 0; i < n; i++) {
            if (range.update(high[i], low[i])) {
                out[i] = williamsR(close[i], range);
            }
        }
        return out;
    }
}
