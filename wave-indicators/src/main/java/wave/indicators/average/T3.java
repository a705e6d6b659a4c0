package wave.indicators.average;

import java.util.Arrays;
import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.window.TaMath;

/**
 * Tillson's T3: six EMAs in a chain ({@code e1 = EMA(x)}, {@code e2 = EMA(e1)}, ..), combined as
 * {@code c1*e6 + c2*e5 + c3*e4 + c4*e3} with volume factor {@code v}: {@code c1 = -v^3},
 * {@code c2 = 3v^2 + 3v^3}, {@code c3 = -6v^2 - 3v - 3v^3}, {@code c4 = 1 + 3v + v^3 + 3v^2}.
 *
 * <p>Equal to TA-Lib's {@code T3} (unstable period 0): each EMA step is written
 * {@code k * x + (1 - k) * e} with {@code k = 2 / (period + 1)}, and each EMA is seeded with the
 * mean of the first {@code period} values of its input. Warm-up: {@code 6 * (period - 1) + 1}
 * values, first valid index {@code 6 * (period - 1)}. The period must be in [2, 100000] and
 * {@code vFactor} in [0, 1] as in TA-Lib (TA-Lib's defaults: 5 and 0.7).
 */
public final class T3 implements ValueIndicator {
    private static final int STAGES = 6;

    private final int period;
    private final double vFactor;
    private final PriceField field;
    private final double k;
    private final double oneMinusK;
    private final double c1;
    private final double c2;
    private final double c3;
    private final double c4;
    private final double[] e = new double[STAGES];
    /** EMAs seeded so far, 0 to 6. */
    private int seeded;
    /** Inputs summed for the EMA being seeded. */
    private int seedCount;
    private double seedTotal;
    private double value = Double.NaN;

    /** A T3 of closing prices. */
    public T3(int period, double vFactor) {
        this(period, vFactor, PriceField.CLOSE);
    }

    /** A T3 of the given bar field. */
    public T3(int period, double vFactor, PriceField field) {
        this.period = check(period, vFactor);
        this.vFactor = vFactor;
        this.field = field;
        this.k = 2.0 / (period + 1.0);
        this.oneMinusK = 1.0 - k;
        double v2 = vFactor * vFactor;
        this.c1 = -(v2 * vFactor);
        this.c2 = 3.0 * (v2 - c1);
        this.c3 = -6.0 * v2 - 3.0 * (vFactor - c1);
        this.c4 = 1.0 + 3.0 * vFactor - c1 + 3.0 * v2;
    }

    private static int check(int period, double vFactor) {
        TaMath.period("period", period, 2);
        TaMath.inRange("vFactor", vFactor, 0.0, 1.0);
        return period;
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        double v = x;
        for (int j = 0; j < seeded; j++) {
            e[j] = (k * v) + (oneMinusK * e[j]);
            v = e[j];
        }
        if (seeded < STAGES) {
            seedTotal += v;
            if (++seedCount < period) {
                return;
            }
            e[seeded] = seedTotal / period;
            seedTotal = e[seeded];
            seedCount = 1;
            if (++seeded < STAGES) {
                return;
            }
        }
        value = c1 * e[5] + c2 * e[4] + c3 * e[3] + c4 * e[2];
    }

    @Override
    public PriceField field() {
        return field;
    }

    /** The current average, or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    /** The volume factor. */
    public double vFactor() {
        return vFactor;
    }

    @Override
    public boolean isReady() {
        return seeded == STAGES;
    }

    @Override
    public int warmupPeriod() {
        return 6 * (period - 1) + 1;
    }

    @Override
    public void reset() {
        Arrays.fill(e, 0.0);
        seeded = 0;
        seedCount = 0;
        seedTotal = 0.0;
        value = Double.NaN;
    }

    /**
     * The T3 of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code 6 * (period - 1)}
     */
    public static double[] compute(double[] values, int period, double vFactor) {
        check(period, vFactor);
        double[] out = TaMath.nans(values.length);
        int lookback = 6 * (period - 1);
        if (values.length <= lookback) {
            return out;
        }
        double k = 2.0 / (period + 1.0);
        double oneMinusK = 1.0 - k;
        double v2 = vFactor * vFactor;
        double c1 = -(v2 * vFactor);
        double c2 = 3.0 * (v2 - c1);
        double c3 = -6.0 * v2 - 3.0 * (vFactor - c1);
        double c4 = 1.0 + 3.0 * vFactor - c1 + 3.0 * v2;
        int today = 0;
        double total = values[today++];
        for (int i = period - 1; i > 0; i--) {
            total += values[today++];
        }
        double e1 = total / period;
        total = e1;
        for (int i = period - 1; i > 0; i--) {
            e1 = (k * values[today++]) + (oneMinusK * e1);
            total += e1;
        }
        double e2 = total / period;
        total = e2;
        for (int i = period - 1; i > 0; i--) {
            e1 = (k * values[today++]) + (oneMinusK * e1);
            e2 = (k * e1) + (oneMinusK * e2);
            total += e2;
        }
        double e3 = total / period;
        total = e3;
        for (int i = period - 1; i > 0; i--) {
            e1 = (k * values[today++]) + (oneMinusK * e1);
            e2 = (k * e1) + (oneMinusK * e2);
            e3 = (k * e2) + (oneMinusK * e3);
            total += e3;
        }
        double e4 = total / period;
        total = e4;
        for (int i = period - 1; i > 0; i--) {
            e1 = (k * values[today++]) + (oneMinusK * e1);
            e2 = (k * e1) + (oneMinusK * e2);
            e3 = (k * e2) + (oneMinusK * e3);
            e4 = (k * e3) + (oneMinusK * e4);
            total += e4;
        }
        double e5 = total / period;
        total = e5;
        for (int i = period - 1; i > 0; i--) {
            e1 = (k * values[today++]) + (oneMinusK * e1);
            e2 = (k * e1) + (oneMinusK * e2);
            e3 = (k * e2) + (oneMinusK * e3);
            e4 = (k * e3) + (oneMinusK * e4);
            e5 = (k * e4) + (oneMinusK * e5);
            total += e5;
        }
        double e6 = total / period;
        out[lookback] = c1 * e6 + c2 * e5 + c3 * e4 + c4 * e3;
        while (today < values.length) {
            e1 = (k * values[today++]) + (oneMinusK * e1);
            e2 = (k * e1) + (oneMinusK * e2);
            e3 = (k * e2) + (oneMinusK * e3);
            e4 = (k * e3) + (oneMinusK * e4);
            e5 = (k * e4) + (oneMinusK * e5);
            e6 = (k * e5) + (oneMinusK * e6);
            out[today - 1] = c1 * e6 + c2 * e5 + c3 * e4 + c4 * e3;
        }
        return out;
    }
}
