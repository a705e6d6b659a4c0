package wave.indicators.volatility;

import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.window.RollingMoments;
import wave.indicators.window.TaMath;

/**
 * Bollinger Bands: the simple moving average of the last {@code period} values (middle band)
 * plus and minus {@code k} times their population standard deviation (divisor
 * {@code period}, not {@code period - 1}).
 *
 * <p>Equal to TA-Lib's {@code BBANDS} with {@code MAType.Sma} and {@code nbDevUp = nbDevDn = k}:
 * the variance is computed as mean of squares minus squared mean, from running sums kept like
 * TA-Lib's, and a variance below 1e-8 counts as 0. Warm-up: {@code period} values, first valid
 * index {@code period - 1}. The period must be in [2, 100000] as in TA-Lib and {@code k} finite
 * and non-negative.
 */
public final class BollingerBands implements ValueIndicator {
    private final int period;
    private final double k;
    private final PriceField field;
    private final RollingMoments moments;
    private double upper = Double.NaN;
    private double middle = Double.NaN;
    private double lower = Double.NaN;

    /** Bollinger Bands of closing prices. */
    public BollingerBands(int period, double k) {
        this(period, k, PriceField.CLOSE);
    }

    /** Bollinger Bands of the given bar field. */
    public BollingerBands(int period, double k, PriceField field) {
        this.period = checkArguments(period, k);
        this.k = k;
        this.field = field;
        this.moments = new RollingMoments(period);
    }

    private static int checkArguments(int period, double k) {
        TaMath.nonNegative("k", k);
        return TaMath.period("period", period, 2);
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        if (moments.update(x)) {
            double width = width(moments, k);
            middle = moments.mean();
            upper = middle + width;
            lower = middle - width;
        }
    }

    /** {@code k} population standard deviations of a full window. */
    private static double width(RollingMoments moments, double k) {
        return TaMath.stdDev(moments.variance()) * k;
    }

    /** The upper band, or NaN before {@link #isReady()}. */
    public double upper() {
        return upper;
    }

    /** The middle band (the SMA), or NaN before {@link #isReady()}. */
    public double middle() {
        return middle;
    }

    /** The lower band, or NaN before {@link #isReady()}. */
    public double lower() {
        return lower;
    }

    @Override
    public PriceField field() {
        return field;
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
        upper = Double.NaN;
        middle = Double.NaN;
        lower = Double.NaN;
    }

    /**
     * Bollinger Bands of a whole series, equal bit for bit to feeding {@code values} to
     * {@link #update}.
     *
     * @return three arrays as long as {@code values}, NaN before index {@code period - 1}
     */
    public static Bands compute(double[] values, int period, double k) {
        int n = values.length;
        return compute(values, period, k, new Bands(new double[n], new double[n], new double[n]));
    }

    /**
     * The array form written into a caller's arrays (no allocation).
     *
     * @param out receives the bands, NaN before the first valid index; each array as long as {@code values}
     * @return {@code out}
     */
    public static Bands compute(double[] values, int period, double k, Bands out) {
        checkArguments(period, k);
        double[] upper = out.upper();
        double[] middle = out.middle();
        double[] lower = out.lower();
        TaMath.sameLength(values, upper);
        TaMath.sameLength(values, middle);
        TaMath.sameLength(values, lower);
        RollingMoments moments = new RollingMoments(period);
        for (int i = 0; i < values.length; i++) {
            if (moments.update(values[i])) {
                double width = width(moments, k);
                middle[i] = moments.mean();
                upper[i] = middle[i] + width;
                lower[i] = middle[i] - width;
            } else {
                middle[i] = Double.NaN;
                upper[i] = Double.NaN;
                lower[i] = Double.NaN;
            }
        }
        return out;
    }
}
