package wave.indicators.statistics;

import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.window.RollingMoments;
import wave.indicators.window.TaMath;

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
    private final RollingMoments moments;
    private double value = Double.NaN;

    /** A z-score of closing prices. */
    public ZScore(int period) {
        this(period, PriceField.CLOSE);
    }

    /** A z-score of the given bar field. */
    public ZScore(int period, PriceField field) {
        this.period = TaMath.period("period", period, 2);
        this.field = field;
        this.moments = new RollingMoments(period);
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        if (moments.update(x)) {
            value = zScore(x, moments);
        }
    }

    /** The z-score of the newest value {@code x} of a full window. */
    private static double zScore(double x, RollingMoments moments) {
        double mean = moments.mean();
        double deviation = TaMath.stdDev(moments.variance());
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
     * The z-score of a whole series, equal bit for bit to feeding {@code values} to
     * {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code period - 1}
     */
    public static double[] compute(double[] values, int period) {
        TaMath.period("period", period, 2);
        double[] out = TaMath.nans(values.length);
        RollingMoments moments = new RollingMoments(period);
        for (int i = 0; i < values.length; i++) {
            if (moments.update(values[i])) {
                out[i] = zScore(values[i], moments);
            }
        }
        return out;
    }
}
