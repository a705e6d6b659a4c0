package wave.indicators;

import java.util.Arrays;

/**
 * Population variance of the last {@code period} values (divisor {@code period}), in squared
 * input units, computed as the mean of squares minus the squared mean.
 *
 * <p>Equal to TA-Lib's {@code VAR} (whose deviations parameter does not change it), from running
 * sums kept like TA-Lib's; like TA-Lib it reports the raw difference, which rounding can leave
 * slightly negative (about -1e-15 times the squared mean) on a flat window. Warm-up:
 * {@code period} values, first valid index {@code period - 1}. The period must be in [1, 100000]
 * as in TA-Lib; the variance of one value is 0.
 */
public final class Variance implements ValueIndicator {
    private final int period;
    private final PriceField field;
    private final double[] window;
    private int next;
    private int count;
    private double total;
    private double totalSquares;
    private double value = Double.NaN;

    /** A variance of closing prices over {@code period} values. */
    public Variance(int period) {
        this(period, PriceField.CLOSE);
    }

    /** A variance of the given bar field. */
    public Variance(int period, PriceField field) {
        this.period = TaMath.period("period", period, 1);
        this.field = field;
        this.window = new double[period];
    }


    /** Feeds the next value. */
    @Override
    public void update(double x) {
        total += x;
        totalSquares += x * x;
        window[next] = x;
        next = next + 1 == period ? 0 : next + 1;
        if (count < period) {
            count++;
        }
        if (count == period) {
            double oldest = window[next];
            double mean = total / period;
            double meanSquare = totalSquares / period;
            total -= oldest;
            totalSquares -= oldest * oldest;
            double variance = meanSquare - mean * mean;
            value = variance;
        }
    }

    @Override
    public PriceField field() {
        return field;
    }

    /** The current variance, or NaN before {@link #isReady()}. */
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
        total = 0.0;
        totalSquares = 0.0;
        value = Double.NaN;
    }

    /**
     * The variance of a whole series, equal bit for bit to feeding {@code values} to
     * {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code period - 1}
     */
    public static double[] compute(double[] values, int period) {
        TaMath.period("period", period, 1);
        double[] out = TaMath.nans(values.length);
        double total = 0.0;
        double totalSquares = 0.0;
        for (int i = 0; i < values.length; i++) {
            double x = values[i];
            total += x;
            totalSquares += x * x;
            if (i >= period - 1) {
                double oldest = values[i - period + 1];
                double mean = total / period;
                double meanSquare = totalSquares / period;
                total -= oldest;
                totalSquares -= oldest * oldest;
                double variance = meanSquare - mean * mean;
                out[i] = variance;
            }
        }
        return out;
    }
}
