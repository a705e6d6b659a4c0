package wave.indicators.average;

import java.util.Arrays;
import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.window.TaMath;

/**
 * Triangular moving average: an SMA of an SMA, i.e. a weighted average of the last
 * {@code period} values whose weights rise linearly to the middle and fall back
 * ({@code 1, 2, .., 2, 1}).
 *
 * <p>Equal to TA-Lib's {@code TRIMA}, whose O(1) update of the weighted sum (three running sums
 * around the middle of the window, in TA-Lib's order) it reproduces: for an odd period
 * {@code 2m + 1} the weights are {@code 1..m+1..1} over {@code (m + 1)^2}, for an even period
 * {@code 2m} they are {@code 1..m, m..1} over {@code m * (m + 1)}. Warm-up: {@code period}
 * values, first valid index {@code period - 1}. The period must be in [2, 100000] as in TA-Lib.
 */
public final class Trima implements ValueIndicator {
    private final int period;
    private final PriceField field;
    private final int half;
    private final boolean odd;
    private final double factor;
    private final double[] window;
    private int next;
    private int count;
    private double numerator;
    private double numeratorSub;
    private double numeratorAdd;
    private double value = Double.NaN;

    /** A TRIMA of closing prices. */
    public Trima(int period) {
        this(period, PriceField.CLOSE);
    }

    /** A TRIMA of the given bar field. */
    public Trima(int period, PriceField field) {
        this.period = TaMath.period("period", period, 2);
        this.field = field;
        this.half = period >> 1;
        this.odd = (period % 2) == 1;
        this.factor = 1.0 / (odd ? (double) ((half + 1) * (half + 1)) : (double) (half * (half + 1)));
        this.window = new double[period];
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        if (count == period) {
            double oldest = window[next]; // x[t - period], about to be overwritten
            window[next] = x;
            next = next + 1 == period ? 0 : next + 1;
            double middle = window[slot(half)];
            numerator -= numeratorSub;
            numeratorSub -= oldest;
            numeratorSub += middle;
            if (odd) {
                numerator += numeratorAdd;
                numeratorAdd -= middle;
            } else {
                numeratorAdd -= middle;
                numerator += numeratorAdd;
            }
            numeratorAdd += x;
            numerator += x;
            value = numerator * factor;
            return;
        }
        window[next] = x;
        next = next + 1 == period ? 0 : next + 1;
        if (++count < period) {
            return;
        }
        // window[0..period-1] holds x[0..period-1] in order: TA-Lib's initial sums
        int middle = odd ? half : half - 1;
        for (int i = middle; i >= 0; i--) {
            numeratorSub += window[i];
            numerator += numeratorSub;
        }
        for (int i = middle + 1; i < period; i++) {
            numeratorAdd += window[i];
            numerator += numeratorAdd;
        }
        value = numerator * factor;
    }

    /** The ring slot of the value fed {@code age} updates ago (0 = the newest). */
    private int slot(int age) {
        int i = next - 1 - age;
        return i < 0 ? i + period : i;
    }

    @Override
    public PriceField field() {
        return field;
    }

    /** The current average, or NaN before {@link #isReady()}. */
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
        numerator = 0.0;
        numeratorSub = 0.0;
        numeratorAdd = 0.0;
        value = Double.NaN;
    }

    /**
     * The TRIMA of a whole series, equal bit for bit to feeding {@code values} to
     * {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code period - 1}
     */
    public static double[] compute(double[] values, int period) {
        TaMath.period("period", period, 2);
        double[] out = TaMath.nans(values.length);
        if (values.length < period) {
            return out;
        }
        int half = period >> 1;
        boolean odd = (period % 2) == 1;
        double factor = 1.0 / (odd ? (double) ((half + 1) * (half + 1)) : (double) (half * (half + 1)));
        int middle = odd ? half : half - 1;
        double numerator = 0.0;
        double numeratorSub = 0.0;
        double numeratorAdd = 0.0;
        for (int i = middle; i >= 0; i--) {
            numeratorSub += values[i];
            numerator += numeratorSub;
        }
        for (int i = middle + 1; i < period; i++) {
            numeratorAdd += values[i];
            numerator += numeratorAdd;
        }
        out[period - 1] = numerator * factor;
        for (int t = period; t < values.length; t++) {
            double mid = values[t - half];
            numerator -= numeratorSub;
            numeratorSub -= values[t - period];
            numeratorSub += mid;
            if (odd) {
                numerator += numeratorAdd;
                numeratorAdd -= mid;
            } else {
                numeratorAdd -= mid;
                numerator += numeratorAdd;
            }
            numeratorAdd += values[t];
            numerator += values[t];
            out[t] = numerator * factor;
        }
        return out;
    }
}
