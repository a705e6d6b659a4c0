package wave.indicators.momentum;

import java.util.Arrays;
import wave.indicators.BarIndicator;
import wave.indicators.window.TaMath;

/**
 * Commodity channel index (Lambert): {@code (tp - SMA(tp)) / (0.015 * mean absolute deviation of
 * tp)} over the last {@code period} typical prices {@code tp = (high + low + close) / 3}.
 *
 * <p>Equal to TA-Lib's {@code CCI}, including its summation order (over its circular buffer, not
 * oldest first) and its 0 when either the deviation from the mean or the mean deviation is 0.
 * An update costs O(period): the mean absolute deviation has no running form. Warm-up:
 * {@code period} bars, first valid index {@code period - 1}. The period must be in [2, 100000]
 * as in TA-Lib.
 */
public final class Cci implements BarIndicator {
    private final int period;
    private final double[] buffer;
    private int next;
    private int count;
    private double value = Double.NaN;

    /** A CCI over {@code period} bars. */
    public Cci(int period) {
        this.period = TaMath.period("period", period, 2);
        this.buffer = new double[period];
    }

    /** Feeds the next bar. */
    public void update(double high, double low, double close) {
        double typical = (high + low + close) / 3;
        buffer[next] = typical;
        next = next + 1 == period ? 0 : next + 1;
        if (count < period) {
            count++;
        }
        if (count == period) {
            value = cci(buffer, typical, period);
        }
    }

    /** TA-Lib's CCI of a full buffer whose newest value is {@code last}. */
    private static double cci(double[] buffer, double last, int period) {
        double average = 0;
        for (int j = 0; j < period; j++) {
            average += buffer[j];
        }
        average /= period;
        double deviation = 0;
        for (int j = 0; j < period; j++) {
            deviation += Math.abs(buffer[j] - average);
        }
        double distance = last - average;
        return (distance != 0.0) && (deviation != 0.0)
                ? distance / (0.015 * (deviation / period))
                : 0.0;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /** The current CCI (unbounded, typically within ±100 two thirds of the time), or NaN. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return count == period;
    }

    @Override
    public int warmupPeriod() {
        return period;
    }

    @Override
    public void reset() {
        Arrays.fill(buffer, 0.0);
        next = 0;
        count = 0;
        value = Double.NaN;
    }

    /**
     * The CCI of a whole series, equal bit for bit to feeding the bars to {@link #update}.
     *
     * @return an array as long as the inputs, NaN before index {@code period - 1}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] compute(double[] high, double[] low, double[] close, int period) {
        TaMath.period("period", period, 2);
        int n = TaMath.sameLength("high, low and close", high, low, close);
        double[] out = TaMath.nans(n);
        double[] buffer = new double[period];
        for (int i = 0; i < n; i++) {
            double typical = (high[i] + low[i] + close[i]) / 3;
            buffer[i % period] = typical;
            if (i >= period - 1) {
                out[i] = cci(buffer, typical, period);
            }
        }
        return out;
    }
}
