package wave.indicators.statistics;

import java.util.Arrays;
import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.window.TaMath;

/**
 * The least-squares line through the last {@code period} values against their bar positions
 * {@code 0} (the oldest) to {@code period - 1} (the newest): slope {@code m}, intercept
 * {@code b} (the line at the oldest bar), the fitted value at the newest bar
 * {@code b + m * (period - 1)}, the one-bar forecast {@code b + m * period}, the angle
 * {@code atan(m)} in degrees and the coefficient of determination
 * {@code R^2 = (n Sxy - Sx Sy)^2 / ((n Sxx - Sx^2)(n Syy - Sy^2))}.
 *
 * <p>Equal within 1e-9 to TA-Lib's {@code LINEARREG}, {@code LINEARREG_SLOPE},
 * {@code LINEARREG_INTERCEPT}, {@code LINEARREG_ANGLE} and {@code TSF}, with TA-Lib's formulas
 * ({@code m = (n Sxy - Sx Sy) / (Sx^2 - n Sxx)} over positions counted back from the newest
 * bar). TA-Lib re-sums the window at every bar (O(period)); this class updates the sums in O(1)
 * and re-sums the window once every {@code period} updates, so rounding cannot drift, which
 * leaves it within rounding of TA-Lib rather than bit for bit. R^2 is not in TA-Lib; it is 0
 * when the window is flat (no variance to explain). Warm-up: {@code period} values, first valid
 * index {@code period - 1}. The period must be in [2, 100000] as in TA-Lib.
 */
public final class LinearRegression implements ValueIndicator {
    private final int period;
    private final PriceField field;
    private final double sumX;
    private final double sumXSqr;
    private final double divisor;
    private final double[] window;
    private int next;
    /** Values fed, saturating at {@code period}. */
    private int count;
    /** Updates since the sums were last re-summed from the window. */
    private int sinceResum;
    /** Sum of y, of x*y with x the age (0 = newest), and of y*y over the window. */
    private double sumY;
    private double sumXY;
    private double sumYY;
    private double value = Double.NaN;
    private double slope = Double.NaN;
    private double intercept = Double.NaN;
    private double angle = Double.NaN;
    private double forecast = Double.NaN;
    private double rSquared = Double.NaN;

    /** A linear regression of closing prices. */
    public LinearRegression(int period) {
        this(period, PriceField.CLOSE);
    }

    /** A linear regression of the given bar field. */
    public LinearRegression(int period, PriceField field) {
        this.period = TaMath.period("period", period, 2);
        this.field = field;
        this.sumX = period * (period - 1) * 0.5;
        this.sumXSqr = sumXSqr(period);
        this.divisor = sumX * sumX - period * sumXSqr;
        this.window = new double[period];
    }

    private static double sumXSqr(int period) {
        return (double) period * (period - 1) * (2.0 * period - 1) / 6;
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        double oldest = window[next];
        window[next] = x;
        next = next + 1 == period ? 0 : next + 1;
        if (count < period) {
            if (++count < period) {
                return;
            }
            resum();
        } else if (++sinceResum == period) {
            resum();
        } else {
            sumXY += sumY - period * oldest;
            sumY += x - oldest;
            sumYY += x * x - oldest * oldest;
        }
        fit();
    }

    /** Re-sums the window, newest age 0, in TA-Lib's order (oldest first). */
    private void resum() {
        sinceResum = 0;
        sumY = 0;
        sumXY = 0;
        sumYY = 0;
        int slot = next; // the oldest value
        for (int age = period - 1; age >= 0; age--) {
            double y = window[slot];
            sumY += y;
            sumXY += (double) age * y;
            sumYY += y * y;
            slot = slot + 1 == period ? 0 : slot + 1;
        }
    }

    private void fit() {
        double m = (period * sumXY - sumX * sumY) / divisor;
        double b = (sumY - m * sumX) / period;
        slope = m;
        intercept = b;
        value = b + m * (period - 1);
        forecast = b + m * period;
        angle = Math.atan(m) * (180.0 / 3.14159265358979323846);
        rSquared = rSquared(period, sumXY, sumY, sumYY, sumX, sumXSqr);
    }

    private static double rSquared(int n, double sumXY, double sumY, double sumYY, double sumX,
            double sumXSqr) {
        double covariance = n * sumXY - sumX * sumY;
        double varianceY = n * sumYY - sumY * sumY;
        if (!(varianceY > 1e-12 * n * sumYY)) {
            return 0.0;
        }
        double r2 = covariance * covariance / ((n * sumXSqr - sumX * sumX) * varianceY);
        return r2 > 1.0 ? 1.0 : r2;
    }

    @Override
    public PriceField field() {
        return field;
    }

    /** The fitted value at the newest bar, or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    /** The slope in input units per bar, or NaN before {@link #isReady()}. */
    public double slope() {
        return slope;
    }

    /** The fitted value at the oldest bar of the window, or NaN before {@link #isReady()}. */
    public double intercept() {
        return intercept;
    }

    /** The slope's angle in degrees, or NaN before {@link #isReady()}. */
    public double angle() {
        return angle;
    }

    /** The fitted value one bar ahead (TA-Lib's TSF), or NaN before {@link #isReady()}. */
    public double forecast() {
        return forecast;
    }

    /** R^2 in [0, 1], or NaN before {@link #isReady()}. */
    public double rSquared() {
        return rSquared;
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
        sinceResum = 0;
        sumY = 0.0;
        sumXY = 0.0;
        sumYY = 0.0;
        value = Double.NaN;
        slope = Double.NaN;
        intercept = Double.NaN;
        angle = Double.NaN;
        forecast = Double.NaN;
        rSquared = Double.NaN;
    }

    /**
     * The regression of a whole series, equal bit for bit to feeding {@code values} to
     * {@link #update}.
     *
     * @return the six outputs, as long as {@code values}, NaN before index {@code period - 1}
     */
    public static RegressionSeries compute(double[] values, int period) {
        TaMath.period("period", period, 2);
        int n = values.length;
        RegressionSeries out = new RegressionSeries(TaMath.nans(n), TaMath.nans(n),
                TaMath.nans(n), TaMath.nans(n), TaMath.nans(n), TaMath.nans(n));
        double sumX = period * (period - 1) * 0.5;
        double sumXSqr = sumXSqr(period);
        double divisor = sumX * sumX - period * sumXSqr;
        double sumY = 0;
        double sumXY = 0;
        double sumYY = 0;
        for (int t = period - 1; t < n; t++) {
            if ((t - (period - 1)) % period == 0) {
                sumY = 0;
                sumXY = 0;
                sumYY = 0;
                for (int age = period - 1; age >= 0; age--) {
                    double y = values[t - age];
                    sumY += y;
                    sumXY += (double) age * y;
                    sumYY += y * y;
                }
            } else {
                double oldest = values[t - period];
                double x = values[t];
                sumXY += sumY - period * oldest;
                sumY += x - oldest;
                sumYY += x * x - oldest * oldest;
            }
            double m = (period * sumXY - sumX * sumY) / divisor;
            double b = (sumY - m * sumX) / period;
            out.slope()[t] = m;
            out.intercept()[t] = b;
            out.value()[t] = b + m * (period - 1);
            out.forecast()[t] = b + m * period;
            out.angle()[t] = Math.atan(m) * (180.0 / 3.14159265358979323846);
            out.rSquared()[t] = rSquared(period, sumXY, sumY, sumYY, sumX, sumXSqr);
        }
        return out;
    }
}
