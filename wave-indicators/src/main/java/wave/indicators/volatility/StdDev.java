package wave.indicators.volatility;

import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.window.RollingMoments;
import wave.indicators.window.TaMath;

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
    private final RollingMoments moments;
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
        this.moments = new RollingMoments(period);
    }

    private static int check(int period, double deviations) {
        TaMath.nonNegative("deviations", deviations);
        return TaMath.period("period", period, 2);
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        if (moments.update(x)) {
            value = TaMath.stdDev(moments.variance()) * deviations;
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
        return moments.isReady();
    }

    @Override
    public int warmupPeriod() {
        return period;
    }

    @Override
    public void reset() {
        moments.reset();
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
        RollingMoments moments = new RollingMoments(period);
        for (int i = 0; i < values.length; i++) {
            if (moments.update(values[i])) {
                out[i] = TaMath.stdDev(moments.variance()) * deviations;
            }
        }
        return out;
    }
}
