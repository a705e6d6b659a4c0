package wave.indicators.statistics;

import java.util.Arrays;
import wave.indicators.BarIndicator;
import wave.indicators.window.TaMath;

/**
 * Pearson's correlation coefficient of two series over the last {@code period} pairs, in
 * [-1, 1]. Not a {@link BarIndicator}: it is fed one pair of values (e.g. the closes of two
 * instruments, or of one instrument's returns and another's) per update.
 *
 * <p>Equal to TA-Lib's {@code CORREL}: running sums of x, y, x², y² and xy kept like TA-Lib's,
 * {@code (Sxy - Sx Sy / n) / sqrt((Sxx - Sx² / n)(Syy - Sy² / n))}, and 0 when that product of
 * variances is below 1e-8 (a flat window). Warm-up: {@code period} pairs, first valid index
 * {@code period - 1}. The period must be in [1, 100000] as in TA-Lib.
 */
public final class Correlation {
    private final int period;
    private final double[] xs;
    private final double[] ys;
    private int next;
    private int count;
    private double sumX;
    private double sumY;
    private double sumX2;
    private double sumY2;
    private double sumXY;
    private double value = Double.NaN;

    /** A rolling correlation over {@code period} pairs. */
    public Correlation(int period) {
        this.period = TaMath.period("period", period, 1);
        this.xs = new double[period];
        this.ys = new double[period];
    }

    /** Feeds the next pair. */
    public void update(double x, double y) {
        if (count == period) {
            double oldX = xs[next];
            double oldY = ys[next];
            sumX -= oldX;
            sumX2 -= oldX * oldX;
            sumXY -= oldX * oldY;
            sumY -= oldY;
            sumY2 -= oldY * oldY;
        } else {
            count++;
        }
        sumX += x;
        sumX2 += x * x;
        sumXY += x * y;
        sumY += y;
        sumY2 += y * y;
        xs[next] = x;
        ys[next] = y;
        next = next + 1 == period ? 0 : next + 1;
        if (count == period) {
            value = correlation(sumX, sumY, sumX2, sumY2, sumXY, period);
        }
    }

    private static double correlation(double sumX, double sumY, double sumX2, double sumY2,
            double sumXY, int period) {
        double variances = (sumX2 - ((sumX * sumX) / period)) * (sumY2 - ((sumY * sumY) / period));
        return variances < 0.00000001 ? 0.0 : (sumXY - ((sumX * sumY) / period)) / Math.sqrt(variances);
    }

    /** The current correlation in [-1, 1], or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    /** Whether {@code period} pairs were fed. */
    public boolean isReady() {
        return count == period;
    }

    /** The number of pairs fed before {@link #isReady()} first becomes true. */
    public int warmupPeriod() {
        return period;
    }

    /** Forgets every pair fed so far. */
    public void reset() {
        Arrays.fill(xs, 0.0);
        Arrays.fill(ys, 0.0);
        next = 0;
        count = 0;
        sumX = 0.0;
        sumY = 0.0;
        sumX2 = 0.0;
        sumY2 = 0.0;
        sumXY = 0.0;
        value = Double.NaN;
    }

    /**
     * The rolling correlation of two whole series, equal bit for bit to feeding the pairs to
     * {@link #update}.
     *
     * @return an array as long as the inputs, NaN before index {@code period - 1}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] compute(double[] x, double[] y, int period) {
        TaMath.period("period", period, 1);
        int n = TaMath.sameLength("x and y", x, y);
        double[] out = TaMath.nans(n);
        double sumX = 0.0;
        double sumY = 0.0;
        double sumX2 = 0.0;
        double sumY2 = 0.0;
        double sumXY = 0.0;
        for (int i = 0; i < n; i++) {
            if (i >= period) {
                double oldX = x[i - period];
                double oldY = y[i - period];
                sumX -= oldX;
                sumX2 -= oldX * oldX;
                sumXY -= oldX * oldY;
                sumY -= oldY;
                sumY2 -= oldY * oldY;
            }
            sumX += x[i];
            sumX2 += x[i] * x[i];
            sumXY += x[i] * y[i];
            sumY += y[i];
            sumY2 += y[i] * y[i];
            if (i >= period - 1) {
                out[i] = correlation(sumX, sumY, sumX2, sumY2, sumXY, period);
            }
        }
        return out;
    }
}
