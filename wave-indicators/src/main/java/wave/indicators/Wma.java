package wave.indicators;

import java.util.Arrays;

/**
 * Weighted moving average: the newest of the last {@code period} values weighs {@code period},
 * the oldest 1, divided by {@code period * (period + 1) / 2}.
 *
 * <p>Equal to TA-Lib's {@code WMA}, whose two running sums it keeps the same way (the weighted
 * sum and the plain sum of the window, each updated in O(1)). Warm-up: {@code period} values,
 * first valid index {@code period - 1}. The period must be in [2, 100000] as in TA-Lib.
 */
public final class Wma implements ValueIndicator {
    private final int period;
    private final PriceField field;
    private final int divider;
    private final double[] window;
    private int next;
    private int count;
    private double periodSum;
    private double periodSub;
    private double trailingValue;
    private double value = Double.NaN;

    /** A WMA of closing prices. */
    public Wma(int period) {
        this(period, PriceField.CLOSE);
    }

    /** A WMA of the given bar field. */
    public Wma(int period, PriceField field) {
        this.period = TaMath.period("period", period, 2);
        this.field = field;
        this.divider = (period * (period + 1)) >> 1;
        this.window = new double[period];
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        window[next] = x;
        next = next + 1 == period ? 0 : next + 1;
        if (count < period - 1) {
            periodSub += x;
            periodSum += x * ++count;
            return;
        }
        count = period;
        periodSub += x;
        periodSub -= trailingValue;
        periodSum += x * period;
        trailingValue = window[next]; // the oldest value of the window just averaged
        value = periodSum / divider;
        periodSum -= periodSub;
    }

    @Override
    public PriceField field() {
        return field;
    }

    /** The current average, or NaN before {@link #isReady()}. */
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
        Arrays.fill(window, 0.0);
        next = 0;
        count = 0;
        periodSum = 0.0;
        periodSub = 0.0;
        trailingValue = 0.0;
        value = Double.NaN;
    }

    /**
     * The WMA of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code period - 1}
     */
    public static double[] compute(double[] values, int period) {
        TaMath.period("period", period, 2);
        return computeFrom(values, 0, period);
    }

    /** The WMA of {@code in[from..]}, NaN before {@code from + period - 1}; period 1 copies. */
    static double[] computeFrom(double[] in, int from, int period) {
        double[] out = TaMath.nans(in.length);
        if (period == 1) {
            for (int i = from; i < in.length; i++) {
                out[i] = in[i];
            }
            return out;
        }
        int divider = (period * (period + 1)) >> 1;
        double periodSum = 0.0;
        double periodSub = 0.0;
        double trailingValue = 0.0;
        for (int i = from; i < in.length; i++) {
            double x = in[i];
            int weight = i - from + 1;
            if (weight < period) {
                periodSub += x;
                periodSum += x * weight;
                continue;
            }
            periodSub += x;
            periodSub -= trailingValue;
            periodSum += x * period;
            trailingValue = in[i - period + 1];
            out[i] = periodSum / divider;
            periodSum -= periodSub;
        }
        return out;
    }
}
