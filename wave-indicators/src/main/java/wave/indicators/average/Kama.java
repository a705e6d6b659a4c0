package wave.indicators.average;

import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.window.LagWindow;
import wave.indicators.window.TaMath;

/**
 * Kaufman adaptive moving average: an EMA whose smoothing constant
 * {@code sc = (er * (2/3 - 2/31) + 2/31)^2} follows the efficiency ratio
 * {@code er = |x - x[period ago]| / sum of |one-bar changes| over the last {@code period}
 * changes}, between the constants of a 2-bar and a 30-bar EMA.
 *
 * <p>Equal to TA-Lib's {@code KAMA} (unstable period 0): the first average, at index
 * {@code period}, starts from the previous value {@code x[period - 1]}; the efficiency ratio is
 * 1 when the sum of changes is below 1e-8 or when it is {@code <=} the signed (not absolute)
 * net change, TA-Lib's shortcut. Warm-up: {@code period + 1} values, first valid index
 * {@code period}. The period must be in [2, 100000] as in TA-Lib; the fast (2) and slow (30)
 * constants are fixed as there.
 */
public final class Kama implements ValueIndicator {
    private static final double CONST_MAX = 2.0 / (30.0 + 1.0);
    private static final double CONST_DIFF = 2.0 / (2.0 + 1.0) - CONST_MAX;

    private final int period;
    private final PriceField field;
    /** The last {@code period} values, giving x[t - period]. */
    private final LagWindow window;
    /** Values fed, saturating at {@code period + 1}. */
    private int count;
    private double previous;
    private double sumRoc1;
    private double trailingValue;
    private double kama;
    private double value = Double.NaN;

    /** A KAMA of closing prices. */
    public Kama(int period) {
        this(period, PriceField.CLOSE);
    }

    /** A KAMA of the given bar field. */
    public Kama(int period, PriceField field) {
        this.period = TaMath.period("period", period, 2);
        this.field = field;
        this.window = new LagWindow(period);
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        double lagged = window.update(x); // x[t - period] once t >= period
        if (count == 0) {
            count = 1;
            previous = x;
            return;
        }
        if (count <= period) {
            sumRoc1 += Math.abs(previous - x);
            if (++count <= period) {
                previous = x;
                return;
            }
            kama = previous;
            trailingValue = lagged;
        } else {
            sumRoc1 -= Math.abs(trailingValue - lagged);
            sumRoc1 += Math.abs(x - previous);
            trailingValue = lagged;
        }
        kama = step(kama, x, x - lagged, sumRoc1);
        previous = x;
        value = kama;
    }

    /** One KAMA step from the net change and the sum of absolute changes, as TA-Lib writes it. */
    private static double step(double kama, double x, double periodRoc, double sumRoc1) {
        double er;
        if ((sumRoc1 <= periodRoc) || ((-0.00000001 < sumRoc1) && (sumRoc1 < 0.00000001))) {
            er = 1.0;
        } else {
            er = Math.abs(periodRoc / sumRoc1);
        }
        double sc = (er * CONST_DIFF) + CONST_MAX;
        sc *= sc;
        return ((x - kama) * sc) + kama;
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
        return count > period;
    }

    @Override
    public int warmupPeriod() {
        return period + 1;
    }

    @Override
    public void reset() {
        window.reset();
        count = 0;
        previous = 0.0;
        sumRoc1 = 0.0;
        trailingValue = 0.0;
        kama = 0.0;
        value = Double.NaN;
    }

    /**
     * The KAMA of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code period}
     */
    public static double[] compute(double[] values, int period) {
        Kama kama = new Kama(period);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            kama.update(values[i]);
            out[i] = kama.value();
        }
        return out;
    }
}
