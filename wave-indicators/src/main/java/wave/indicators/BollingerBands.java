package wave.indicators;

import java.util.Arrays;

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
    private final double[] window;
    private int next;
    private int count;
    private double total;
    private double totalSquares;
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
        this.window = new double[period];
    }

    private static int checkArguments(int period, double k) {
        if (!(k >= 0.0 && k < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("k must be finite and >= 0, was " + k);
        }
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
            total -= oldest;
            double meanSquare = totalSquares / period;
            totalSquares -= oldest * oldest;
            double width = TaMath.stdDev(meanSquare - mean * mean) * k;
            middle = mean;
            upper = mean + width;
            lower = mean - width;
        }
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
        checkArguments(period, k);
        int n = values.length;
        double[] upper = TaMath.nans(n);
        double[] middle = TaMath.nans(n);
        double[] lower = TaMath.nans(n);
        double total = 0.0;
        double totalSquares = 0.0;
        for (int i = 0; i < n; i++) {
            double x = values[i];
            total += x;
            totalSquares += x * x;
            if (i >= period - 1) {
                double oldest = values[i - period + 1];
                double mean = total / period;
                total -= oldest;
                double meanSquare = totalSquares / period;
                totalSquares -= oldest * oldest;
                double width = TaMath.stdDev(meanSquare - mean * mean) * k;
                middle[i] = mean;
                upper[i] = mean + width;
                lower[i] = mean - width;
            }
        }
        return new Bands(upper, middle, lower);
    }
}
