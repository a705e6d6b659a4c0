package wave.indicators;

import java.util.Arrays;

/**
 * Simple moving average: the mean of the last {@code period} values.
 *
 * <p>Warm-up: {@code period} values; the first valid index is {@code period - 1}. Equal to
 * TA-Lib's {@code SMA}, whose running sum it keeps the same way: add the newest value, divide,
 * then subtract the oldest value of the window. The period must be in [2, 100000] as in TA-Lib.
 */
public final class Sma implements ValueIndicator {
    private final int period;
    private final PriceField field;
    private final double[] window;
    private int next;
    private int count;
    private double total;
    private double value = Double.NaN;

    /** An SMA of closing prices. */
    public Sma(int period) {
        this(period, PriceField.CLOSE);
    }

    /** An SMA of the given bar field. */
    public Sma(int period, PriceField field) {
        this.period = TaMath.period("period", period, 2);
        this.field = field;
        this.window = new double[period];
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        total += x;
        window[next] = x;
        next = next + 1 == period ? 0 : next + 1;
        if (count < period) {
            count++;
        }
        if (count == period) {
            value = total / period;
            total -= window[next]; // the oldest value of the window just averaged
        }
    }


    /** The current average, or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public PriceField field() {
        return field;
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
        total = 0.0;
        value = Double.NaN;
    }

    /**
     * The SMA of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code period - 1}
     */
    public static double[] compute(double[] values, int period) {
        TaMath.period("period", period, 2);
        double[] out = TaMath.nans(values.length);
        double total = 0.0;
        for (int i = 0; i < values.length; i++) {
            total += values[i];
            if (i >= period - 1) {
                out[i] = total / period;
                total -= values[i - period + 1];
            }
        }
        return out;
    }
}
