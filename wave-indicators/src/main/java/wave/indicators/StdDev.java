package wave.indicators;

import java.util.Arrays;

/**
 * Population standard deviation of the last {@code period} values (divisor {@code period}),
 * times {@code deviations}, in input units.
 *
 * <p>Equal to TA-Lib's {@code STDDEV}: the variance is the mean of squares minus the squared
 * mean, from running sums kept like TA-Lib's, and a variance below 1e-8 counts as 0. Warm-up:
 * {@code period} values, first valid index {@code period - 1}. The period must be in [2, 100000]
 * as in TA-Lib and {@code deviations} finite and non-negative (commonly 1).
 */
public final class StdDev implements ValueIndicator {
    private final int period;
    private final double deviations;
    private final PriceField field;
    private final double[] window;
    private int next;
    private int count;
    private double total;
    private double totalSquares;
    private double value = Double.NaN;

    /** A standard deviation of closing prices over {@code period} values. */
    public StdDev(int period, double deviations) {
        this(period, deviations, PriceField.CLOSE);
    }

    /** A standard deviation of the given bar field. */
    public StdDev(int period, double deviations, PriceField field) {
        this.period = check(period, deviations);
        this.deviations = deviations;
        this.field = field;
        this.window = new double[period];
    }

    private static int check(int period, double deviations) {
        TaMath.nonNegative("deviations", deviations);
        return TaMath.period("period", period, 2);
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
            value = TaMath.stdDev(variance) * deviations;
        }
    }

    @Override
    public PriceField field() {
        return field;
    }

    /** The current standard deviation times {@code deviations}, or NaN before {@link #isReady()}. */
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
     * The standard deviation of a whole series, equal bit for bit to feeding {@code values} to
     * {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code period - 1}
     */
    public static double[] compute(double[] values, int period, double deviations) {
        check(period, deviations);
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
                out[i] = TaMath.stdDev(variance) * deviations;
            }
        }
        return out;
    }
}
