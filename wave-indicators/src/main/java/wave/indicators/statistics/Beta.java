package wave.indicators.statistics;

import java.util.Arrays;
import wave.indicators.BarIndicator;
import wave.indicators.window.TaMath;

/**
 * Rolling beta of an asset against a benchmark: the least-squares slope
 * {@code (n Sxy - Sx Sy) / (n Sxx - Sx²)} of the asset's one-bar returns {@code y} on the
 * benchmark's returns {@code x} over the last {@code period} returns. Not a
 * {@link BarIndicator}: it is fed the two prices per update.
 *
 * <p>Equal to TA-Lib's {@code BETA} with the benchmark as its first input ({@code inReal0}) and the
 * asset as its second: returns are {@code (p - previous p) / previous p}, 0 when the previous
 * price is within 1e-8 of 0, and the beta is 0 when {@code n Sxx - Sx²} is within 1e-8 of 0.
 * Warm-up: {@code period + 1} prices, first valid index {@code period}. The period must be in
 * [1, 100000] as in TA-Lib.
 */
public final class Beta {
    private final int period;
    private final double[] xs;
    private final double[] ys;
    private int next;
    /** Prices fed, saturating at {@code period + 1}. */
    private int count;
    private double previousX;
    private double previousY;
    private double sumXX;
    private double sumXY;
    private double sumX;
    private double sumY;
    private double value = Double.NaN;

    /** A rolling beta over {@code period} returns. */
    public Beta(int period) {
        this.period = TaMath.period("period", period, 1);
        this.xs = new double[period];
        this.ys = new double[period];
    }

    /** Feeds the next benchmark and asset prices. */
    public void update(double benchmark, double asset) {
        if (count == 0) {
            previousX = benchmark;
            previousY = asset;
            count = 1;
            return;
        }
        double x = ret(benchmark, previousX);
        double y = ret(asset, previousY);
        previousX = benchmark;
        previousY = asset;
        sumXX += x * x;
        sumXY += x * y;
        sumX += x;
        sumY += y;
        xs[next] = x;
        ys[next] = y;
        next = next + 1 == period ? 0 : next + 1;
        if (count < period) {
            count++;
            return;
        }
        count = period + 1;
        value = beta(sumXX, sumXY, sumX, sumY, period);
        // as TA-Lib, drop the oldest return of the window after the output
        double oldX = xs[next];
        double oldY = ys[next];
        sumXX -= oldX * oldX;
        sumXY -= oldX * oldY;
        sumX -= oldX;
        sumY -= oldY;
    }

    /** TA-Lib's one-bar return, 0 after a price within 1e-8 of 0. */
    private static double ret(double price, double previous) {
        return (-0.00000001 < previous && previous < 0.00000001) ? 0.0 : (price - previous) / previous;
    }

    private static double beta(double sumXX, double sumXY, double sumX, double sumY, int period) {
        double n = period;
        double denominator = (n * sumXX) - (sumX * sumX);
        return (-0.00000001 < denominator && denominator < 0.00000001)
                ? 0.0
                : ((n * sumXY) - (sumX * sumY)) / denominator;
    }

    /** The current beta, or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    /** Whether {@code period + 1} prices were fed. */
    public boolean isReady() {
        return count > period;
    }

    /** The number of price pairs fed before {@link #isReady()} first becomes true. */
    public int warmupPeriod() {
        return period + 1;
    }

    /** Forgets every price fed so far. */
    public void reset() {
        Arrays.fill(xs, 0.0);
        Arrays.fill(ys, 0.0);
        next = 0;
        count = 0;
        previousX = 0.0;
        previousY = 0.0;
        sumXX = 0.0;
        sumXY = 0.0;
        sumX = 0.0;
        sumY = 0.0;
        value = Double.NaN;
    }

    /**
     * The rolling beta of two whole price series, equal bit for bit to feeding the pairs to
     * {@link #update}.
     *
     * @return an array as long as the inputs, NaN before index {@code period}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] compute(double[] benchmark, double[] asset, int period) {
        TaMath.period("period", period, 1);
        int n = TaMath.sameLength("benchmark and asset", benchmark, asset);
        double[] out = TaMath.nans(n);
        double[] xs = new double[n];
        double[] ys = new double[n];
        double sumXX = 0.0;
        double sumXY = 0.0;
        double sumX = 0.0;
        double sumY = 0.0;
        for (int i = 1; i < n; i++) {
            double x = ret(benchmark[i], benchmark[i - 1]);
            double y = ret(asset[i], asset[i - 1]);
            xs[i] = x;
            ys[i] = y;
            sumXX += x * x;
            sumXY += x * y;
            sumX += x;
            sumY += y;
            if (i < period) {
                continue;
            }
            out[i] = beta(sumXX, sumXY, sumX, sumY, period);
            double oldX = xs[i - period + 1];
            double oldY = ys[i - period + 1];
            sumXX -= oldX * oldX;
            sumXY -= oldX * oldY;
            sumX -= oldX;
            sumY -= oldY;
        }
        return out;
    }
}
