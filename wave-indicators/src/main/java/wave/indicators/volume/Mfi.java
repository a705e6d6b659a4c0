package wave.indicators.volume;

import java.util.Arrays;
import wave.indicators.BarIndicator;
import wave.indicators.window.TaMath;

/**
 * Money flow index: {@code 100 * positive flow / (positive flow + negative flow)} over the last
 * {@code period} bars, where a bar's money flow {@code tp * volume} ({@code tp = (high + low +
 * close) / 3}) is positive when its typical price rose from the previous bar's, negative when
 * it fell and neither when unchanged.
 *
 * <p>Equal to TA-Lib's {@code MFI} (unstable period 0), including its 0 when the window's total
 * flow is below 1 (e.g. no volume). Warm-up: {@code period + 1} bars (the first bar only sets
 * the previous typical price), first valid index {@code period}. The period must be in
 * [2, 100000] as in TA-Lib.
 */
public final class Mfi implements BarIndicator {
    private final int period;
    private final double[] positive;
    private final double[] negative;
    private int next;
    /** Bars fed, saturating at {@code period + 1}. */
    private int count;
    private double previousTypical;
    private double positiveTotal;
    private double negativeTotal;
    private double value = Double.NaN;

    /** An MFI over {@code period} bars. */
    public Mfi(int period) {
        this.period = TaMath.period("period", period, 2);
        this.positive = new double[period];
        this.negative = new double[period];
    }

    /** Feeds the next bar. */
    public void update(double high, double low, double close, double volume) {
        double typical = (high + low + close) / 3.0;
        if (count == 0) {
            previousTypical = typical;
            count = 1;
            return;
        }
        if (count > period) {
            positiveTotal -= positive[next];
            negativeTotal -= negative[next];
        }
        double change = typical - previousTypical;
        previousTypical = typical;
        double flow = typical * volume;
        positive[next] = change > 0 ? flow : 0.0;
        negative[next] = change < 0 ? flow : 0.0;
        if (change < 0) {
            negativeTotal += flow;
        } else if (change > 0) {
            positiveTotal += flow;
        }
        next = next + 1 == period ? 0 : next + 1;
        if (count <= period) {
            count++;
        }
        if (count > period) {
            value = mfi(positiveTotal, negativeTotal);
        }
    }

    private static double mfi(double positiveTotal, double negativeTotal) {
        double total = positiveTotal + negativeTotal;
        return total < 1.0 ? 0.0 : 100.0 * (positiveTotal / total);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close, volume);
    }

    /** The current MFI in [0, 100], or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return count > period;
    }

    @Override
    public int warmupPeriod() {
        return period + 1;
    }

    @Override
    public void reset() {
        Arrays.fill(positive, 0.0);
        Arrays.fill(negative, 0.0);
        next = 0;
        count = 0;
        previousTypical = 0.0;
        positiveTotal = 0.0;
        negativeTotal = 0.0;
        value = Double.NaN;
    }

    /**
     * The MFI of a whole series, equal bit for bit to feeding the bars to {@link #update}.
     *
     * @return an array as long as the inputs, NaN before index {@code period}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] compute(double[] high, double[] low, double[] close, double[] volume,
            int period) {
        TaMath.period("period", period, 2);
        int n = TaMath.sameLength("high, low, close and volume", high, low, close, volume);
        double[] out = TaMath.nans(n);
        double[] positive = new double[n];
        double[] negative = new double[n];
        double positiveTotal = 0.0;
        double negativeTotal = 0.0;
        double previousTypical = n > 0 ? (high[0] + low[0] + close[0]) / 3.0 : 0.0;
        for (int i = 1; i < n; i++) {
            if (i > period) {
                positiveTotal -= positive[i - period];
                negativeTotal -= negative[i - period];
            }
            double typical = (high[i] + low[i] + close[i]) / 3.0;
            double change = typical - previousTypical;
            previousTypical = typical;
            double flow = typical * volume[i];
            if (change < 0) {
                negative[i] = flow;
                negativeTotal += flow;
            } else if (change > 0) {
                positive[i] = flow;
                positiveTotal += flow;
            }
            if (i >= period) {
                out[i] = mfi(positiveTotal, negativeTotal);
            }
        }
        return out;
    }
}
