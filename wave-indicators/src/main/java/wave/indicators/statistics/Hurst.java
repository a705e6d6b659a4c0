package wave.indicators.statistics;

import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.window.TaMath;

/**
 * Hurst exponent by rescaled-range (R/S) analysis of the last {@code period} log returns
 * {@code ln(x / previous x)}: about 0.5 for a random walk, above for trending (persistent) and
 * below for mean-reverting series.
 *
 * <p>Not in TA-Lib; the classic estimator (Hurst 1951, Mandelbrot and Wallis 1969), see
 * {@link #exponent(double[], int, int, int)}: for chunk sizes {@code n = period, period / 2,
 * period / 4, ..} down to {@code minChunk}, the window is cut into {@code period / n} chunks
 * (the newest returns kept), each chunk's range of cumulative deviations from its mean is divided
 * by its population standard deviation, the ratios are averaged per size, and the exponent is the
 * least-squares slope of {@code ln(R/S)} on {@code ln(n)}. No small-sample (Anis-Lloyd)
 * correction is applied, so white noise reads somewhat above 0.5 on short windows. An update
 * costs O(period log period). The value is NaN when fewer than two chunk sizes have variation
 * (e.g. a flat series). Warm-up: {@code period + 1} values, first valid index {@code period}. The chunk
 * minimum must be in [2, 100000] and the period at least twice it (commonly 100 and 8).
 */
public final class Hurst implements ValueIndicator {
    private final int period;
    private final int minChunk;
    private final PriceField field;
    private final double[] window;
    private final double[] scratch;
    private int next;
    private int count;
    private boolean started;
    private double previous;
    private double value = Double.NaN;

    /** A Hurst exponent of closing prices over {@code period} returns, chunks of 8 and up. */
    public Hurst(int period) {
        this(period, 8, PriceField.CLOSE);
    }

    /** A Hurst exponent of the given bar field, with chunks of at least {@code minChunk}. */
    public Hurst(int period, int minChunk, PriceField field) {
        check(period, minChunk);
        this.period = period;
        this.minChunk = minChunk;
        this.field = field;
        this.window = new double[period];
        this.scratch = new double[period];
    }

    private static void check(int period, int minChunk) {
        TaMath.period("minChunk", minChunk, 2);
        TaMath.period("period", period, 2 * minChunk);
    }

    /** Feeds the next price. */
    @Override
    public void update(double x) {
        if (!started) {
            started = true;
            previous = x;
            return;
        }
        window[next] = Math.log(x / previous);
        previous = x;
        next = next + 1 == period ? 0 : next + 1;
        if (count < period) {
            count++;
        }
        if (count == period) {
            for (int i = 0, slot = next; i < period; i++) {
                scratch[i] = window[slot];
                slot = slot + 1 == period ? 0 : slot + 1;
            }
            value = exponent(scratch, 0, period, minChunk);
        }
    }

    @Override
    public PriceField field() {
        return field;
    }

    /** The current exponent, or NaN before {@link #isReady()} (or for a flat window). */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return count == period;
    }

    @Override
    public int warmupPeriod() {
        return period + 1;
    }

    @Override
    public void reset() {
        java.util.Arrays.fill(window, 0.0);
        java.util.Arrays.fill(scratch, 0.0);
        next = 0;
        count = 0;
        started = false;
        previous = 0.0;
        value = Double.NaN;
    }

    /**
     * The R/S Hurst exponent of {@code increments[from .. from + length)}, oldest first, with
     * chunk sizes {@code length, length / 2, ..} not below {@code minChunk}; each size uses the
     * newest {@code (length / n) * n} increments. Allocates nothing.
     *
     * @return the least-squares slope of {@code ln(mean R/S)} on {@code ln(n)}, or NaN when fewer
     *     than two sizes have a chunk with nonzero deviation
     */
    public static double exponent(double[] increments, int from, int length, int minChunk) {
        double sumX = 0.0;
        double sumY = 0.0;
        double sumXX = 0.0;
        double sumXY = 0.0;
        int points = 0;
        for (int n = length; n >= minChunk; n /= 2) {
            int chunks = length / n;
            int start = from + length - chunks * n;
            double total = 0.0;
            int counted = 0;
            for (int c = 0; c < chunks; c++) {
                double rs = rescaledRange(increments, start + c * n, n);
                if (!Double.isNaN(rs)) {
                    total += rs;
                    counted++;
                }
            }
            if (counted == 0) {
                continue;
            }
            double x = Math.log(n);
            double y = Math.log(total / counted);
            sumX += x;
            sumY += y;
            sumXX += x * x;
            sumXY += x * y;
            points++;
        }
        if (points < 2) {
            return Double.NaN;
        }
        return (points * sumXY - sumX * sumY) / (points * sumXX - sumX * sumX);
    }

    /** R/S of {@code x[from .. from + n)}, or NaN when its standard deviation is 0. */
    private static double rescaledRange(double[] x, int from, int n) {
        double mean = 0.0;
        for (int i = from; i < from + n; i++) {
            mean += x[i];
        }
        mean /= n;
        double cumulative = 0.0;
        double max = 0.0;
        double min = 0.0;
        double squares = 0.0;
        for (int i = from; i < from + n; i++) {
            double deviation = x[i] - mean;
            cumulative += deviation;
            max = Math.max(max, cumulative);
            min = Math.min(min, cumulative);
            squares += deviation * deviation;
        }
        double deviation = Math.sqrt(squares / n);
        return deviation > 0.0 ? (max - min) / deviation : Double.NaN;
    }

    /**
     * The Hurst exponent of a whole price series, equal bit for bit to feeding it to
     * {@link #update}.
     *
     * @return an array as long as {@code prices}, NaN before index {@code period}
     */
    public static double[] compute(double[] prices, int period, int minChunk) {
        check(period, minChunk);
        double[] out = TaMath.nans(prices.length);
        double[] returns = new double[prices.length];
        for (int i = 1; i < prices.length; i++) {
            returns[i] = Math.log(prices[i] / prices[i - 1]);
            if (i >= period) {
                out[i] = exponent(returns, i - period + 1, period, minChunk);
            }
        }
        return out;
    }
}
