package wave.indicators.momentum;

import java.util.Arrays;
import wave.indicators.BarIndicator;
import wave.indicators.window.TaMath;

/**
 * Ultimate oscillator (Williams): {@code 100 * (4 * A1 + 2 * A2 + A3) / 7} with
 * {@code Ai = sum(close - true low) / sum(true range)} over the shortest, middle and longest of
 * three periods, where {@code true low = min(low, previous close)}.
 *
 * <p>Equal to TA-Lib's {@code ULTOSC} (TA-Lib's defaults 7, 14, 28): like TA-Lib it sorts the
 * three periods, so the weights 4, 2, 1 always go to the shortest, middle and longest, and it
 * leaves out a term whose true-range sum is within 1e-8 of 0. Warm-up: {@code longest + 1}
 * bars (the first bar only sets the previous close), first valid index {@code longest}. Each
 * period must be in [1, 100000] as in TA-Lib, and the longest at least 2 (TA-Lib's lookback for a
 * longest period of 1 is wrong, and its Java port fails on it).
 */
public final class UltimateOscillator implements BarIndicator {
    private final int shortest;
    private final int middle;
    private final int longest;
    /** Per bar, {@code close - true low} and the true range, for the last {@code longest} bars. */
    private final double[] buying;
    private final double[] ranges;
    private int next;
    /** Bars fed, saturating at {@code longest + 1}. */
    private int count;
    private double previousClose;
    private double a1;
    private double a2;
    private double a3;
    private double b1;
    private double b2;
    private double b3;
    private double value = Double.NaN;

    /** An ultimate oscillator over the three periods, in any order. */
    public UltimateOscillator(int period1, int period2, int period3) {
        int[] sorted = sorted(period1, period2, period3);
        this.shortest = sorted[0];
        this.middle = sorted[1];
        this.longest = sorted[2];
        this.buying = new double[longest];
        this.ranges = new double[longest];
    }

    private static int[] sorted(int period1, int period2, int period3) {
        TaMath.period("period1", period1, 1);
        TaMath.period("period2", period2, 1);
        TaMath.period("period3", period3, 1);
        int[] sorted = {period1, period2, period3};
        Arrays.sort(sorted);
        if (sorted[2] < 2) {
            throw new IllegalArgumentException("the longest period must be >= 2, was " + sorted[2]);
        }
        return sorted;
    }

    /** Feeds the next bar. */
    public void update(double high, double low, double close) {
        if (count == 0) {
            previousClose = close;
            count = 1;
            return;
        }
        double trueLow = low < previousClose ? low : previousClose;
        double buy = close - trueLow;
        double range = TaMath.trueRange(high, low, previousClose);
        previousClose = close;
        buying[next] = buy;
        ranges[next] = range;
        next = next + 1 == longest ? 0 : next + 1;
        if (count < longest) {
            // bar index count: inside the first window of each period that ends before index longest
            if (count > longest - shortest) {
                a1 += buy;
                b1 += range;
            }
            if (count > longest - middle) {
                a2 += buy;
                b2 += range;
            }
            if (count > longest - longest) {
                a3 += buy;
                b3 += range;
            }
            count++;
            return;
        }
        count = longest + 1;
        a1 += buy;
        a2 += buy;
        a3 += buy;
        b1 += range;
        b2 += range;
        b3 += range;
        value = ultimate(a1, a2, a3, b1, b2, b3);
        int s1 = ageSlot(shortest - 1);
        a1 -= buying[s1];
        b1 -= ranges[s1];
        int s2 = ageSlot(middle - 1);
        a2 -= buying[s2];
        b2 -= ranges[s2];
        int s3 = ageSlot(longest - 1);
        a3 -= buying[s3];
        b3 -= ranges[s3];
    }

    /** The ring slot of the bar fed {@code age} bars ago (0 = the newest). */
    private int ageSlot(int age) {
        int i = next - 1 - age;
        return i < 0 ? i + longest : i;
    }

    private static double ultimate(double a1, double a2, double a3, double b1, double b2,
            double b3) {
        double output = 0.0;
        if (!(-0.00000001 < b1 && b1 < 0.00000001)) {
            output += 4.0 * (a1 / b1);
        }
        if (!(-0.00000001 < b2 && b2 < 0.00000001)) {
            output += 2.0 * (a2 / b2);
        }
        if (!(-0.00000001 < b3 && b3 < 0.00000001)) {
            output += a3 / b3;
        }
        return 100.0 * (output / 7.0);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /** The current oscillator in [0, 100], or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return count > longest;
    }

    @Override
    public int warmupPeriod() {
        return longest + 1;
    }

    @Override
    public void reset() {
        Arrays.fill(buying, 0.0);
        Arrays.fill(ranges, 0.0);
        next = 0;
        count = 0;
        previousClose = 0.0;
        a1 = 0.0;
        a2 = 0.0;
        a3 = 0.0;
        b1 = 0.0;
        b2 = 0.0;
        b3 = 0.0;
        value = Double.NaN;
    }

    /**
     * The ultimate oscillator of a whole series, equal bit for bit to feeding the bars to
     * {@link #update}.
     *
     * @return an array as long as the inputs, NaN before index {@code longest}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] compute(double[] high, double[] low, double[] close, int period1,
            int period2, int period3) {
        int[] periods = sorted(period1, period2, period3);
        int n = TaMath.sameLength("high, low and close", high, low, close);
        double[] buying = new double[n];
        double[] ranges = new double[n];
        for (int i = 1; i < n; i++) {
            double trueLow = low[i] < close[i - 1] ? low[i] : close[i - 1];
            buying[i] = close[i] - trueLow;
            ranges[i] = TaMath.trueRange(high[i], low[i], close[i - 1]);
        }
        double[] out = TaMath.nans(n);
        int longest = periods[2];
        if (n <= longest) {
            return out;
        }
        double[][] totals = new double[3][2];
        for (int p = 0; p < 3; p++) {
            for (int i = longest - periods[p] + 1; i < longest; i++) {
                totals[p][0] += buying[i];
                totals[p][1] += ranges[i];
            }
        }
        double a1 = totals[0][0];
        double b1 = totals[0][1];
        double a2 = totals[1][0];
        double b2 = totals[1][1];
        double a3 = totals[2][0];
        double b3 = totals[2][1];
        for (int t = longest; t < n; t++) {
            a1 += buying[t];
            a2 += buying[t];
            a3 += buying[t];
            b1 += ranges[t];
            b2 += ranges[t];
            b3 += ranges[t];
            out[t] = ultimate(a1, a2, a3, b1, b2, b3);
            a1 -= buying[t - periods[0] + 1];
            b1 -= ranges[t - periods[0] + 1];
            a2 -= buying[t - periods[1] + 1];
            b2 -= ranges[t - periods[1] + 1];
            a3 -= buying[t - periods[2] + 1];
            b3 -= ranges[t - periods[2] + 1];
        }
        return out;
    }
}
