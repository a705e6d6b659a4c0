package wave.indicators.volatility;

import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.window.RollingMoments;
import wave.indicators.window.TaMath;

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
    private final RollingMoments moments;
    private double value = Double.NaN;

    /** A variance of closing prices over {@code period} values. */
    public Variance(int period) {
        this(period, PriceField.CLOSE);
    }

    /** A variance of the given bar field. */
    public Variance(int period, PriceField field) {
        this.period = TaMath.period("period", period, 1);
        this.field = field;
        this.moments = new RollingMoments(period);
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        if (moments.update(x)) {
            value = moments.variance();
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
     * The variance of a whole series, equal bit for bit to feeding {@code values} to
     * {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code period - 1}
     */
    public static double[] compute(double[] values, int period) {
        TaMath.period("period", period, 1);
        double[] out = TaMath.nans(values.length);
        RollingMoments moments = new RollingMoments(period);
        for (int i = 0; i < values.length; i++) {
            if (moments.update(values[i])) {
                out[i] = moments.variance();
            }
        }
        return out;
    }
}
