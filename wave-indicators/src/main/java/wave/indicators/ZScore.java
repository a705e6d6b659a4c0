package wave.indicators;

import java.util.Arrays;

/**
 * Rolling z-score: {@code (x - mean) / standard deviation} of the last {@code period} values
 * (population standard deviation, divisor {@code period}), in standard deviations.
 *
 * <p>Not in TA-Lib as one function; the mean and the deviation are TA-Lib's {@code SMA} and
 * {@code STDDEV} (the same running sums, a variance below 1e-8 counting as 0), so it equals
 * {@code (x - SMA) / STDDEV} computed from TA-Lib's outputs; over a flat window it is 0.
 * Warm-up: {@code period} values, first valid index {@code period - 1}. The period must be in
 * [2, 100000].
 */
public final class ZScore implements ValueIndicator {
    private final int period;
    private final PriceField field;
    private final double[] window;
    private int next;
    private int count;
    private double total;
    private double totalSquares;
    private double value = Double.NaN;

    /** A z-score of closing prices. */
    public ZScore(int period) {
        this(period, PriceField.CLOSE);
    }

    /** A z-score of the given bar field. */
    public ZScore(int period, PriceField field) {
        this.period = TaMath.period("period", period, 2);
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
            value = zScore(x, mean, TaMath.stdDev(meanSquare - mean * mean));
        }
    }

    private static double zScore(double x, double mean, double deviation) {
        return deviation == 0.0 ? 0.0 : (x - mean) / deviation;
    }

    @Override
    public PriceField field() {
        return field;
    }

    /** The current z-score, or NaN before {@link #isReady()}. */
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
     * The z-score of a whole series, equal bit for bit to feeding {@code values} to
     * {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code period - 1}
     */
    public static double[] compute(double[] values, int period) {
        TaMath.period("period", period, 2);
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
                out[i] = zScore(x, mean, TaMath.stdDev(meanSquare - mean * mean));
            }
        }
        return out;
    }
}
