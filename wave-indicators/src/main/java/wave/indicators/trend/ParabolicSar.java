package wave.indicators.trend;

import wave.indicators.BarIndicator;
import wave.indicators.window.TaMath;

/**
 * Wilder's parabolic stop and reverse: a trailing stop that moves toward the extreme point
 * {@code ep} of the current trend by an acceleration factor {@code af}, which starts at
 * {@code acceleration} and grows by it at each new extreme up to {@code maximum}; the trend
 * reverses when price crosses the stop.
 *
 * <p>Equal to TA-Lib's {@code SAR} (TA-Lib's defaults 0.02, 0.2): the first trend is short when
 * bar 1's -DM (TA-Lib's {@code MINUS_DM(1)}: {@code low[0] - low[1]} when positive and larger
 * than {@code high[1] - high[0]}) is positive, else long, with the stop at bar 0's low (long) or
 * high (short) and the extreme point at bar 1's high or low; the stop never enters the last two
 * bars' range, and on a reversal it restarts at the previous extreme point. As in TA-Lib an
 * acceleration above the maximum is lowered to the maximum. Warm-up: 2 bars, first valid index
 * 1. Both parameters must be finite and {@code >= 0}.
 */
public final class ParabolicSar implements BarIndicator {
    private final double acceleration;
    private final double maximum;
    /** Bars fed, saturating at 2. */
    private int count;
    private boolean isLong;
    private double af;
    private double ep;
    private double sar;
    private double newHigh;
    private double newLow;
    private double value = Double.NaN;

    /** A parabolic SAR with the given acceleration step and maximum (commonly 0.02 and 0.2). */
    public ParabolicSar(double acceleration, double maximum) {
        check(acceleration, maximum);
        this.maximum = maximum;
        this.acceleration = Math.min(acceleration, maximum);
    }

    private static void check(double acceleration, double maximum) {
        TaMath.nonNegative("acceleration", acceleration);
        TaMath.nonNegative("maximum", maximum);
    }

    /** Feeds the next bar. */
    public void update(double high, double low) {
        if (count == 0) {
            newHigh = high;
            newLow = low;
            count = 1;
            return;
        }
        if (count == 1) {
            double diffP = high - newHigh;
            double diffM = newLow - low;
            isLong = !((diffM > 0) && (diffP < diffM));
            if (isLong) {
                ep = high;
                sar = newLow;
            } else {
                ep = low;
                sar = newHigh;
            }
            af = acceleration;
            newHigh = high;
            newLow = low;
            count = 2;
        }
        value = step(high, low);
    }

    /** One bar of TA-Lib's loop: returns the stop for this bar and prepares the next one. */
    private double step(double high, double low) {
        double prevLow = newLow;
        double prevHigh = newHigh;
        newLow = low;
        newHigh = high;
        double out;
        if (isLong) {
            if (newLow <= sar) {
                isLong = false;
                sar = ep;
                if (sar < prevHigh) {
                    sar = prevHigh;
                }
                if (sar < newHigh) {
                    sar = newHigh;
                }
                out = sar;
                af = acceleration;
                ep = newLow;
                sar = sar + af * (ep - sar);
                if (sar < prevHigh) {
                    sar = prevHigh;
                }
                if (sar < newHigh) {
                    sar = newHigh;
                }
            } else {
                out = sar;
                if (newHigh > ep) {
                    ep = newHigh;
                    af += acceleration;
                    if (af > maximum) {
                        af = maximum;
                    }
                }
                sar = sar + af * (ep - sar);
                if (sar > prevLow) {
                    sar = prevLow;
                }
                if (sar > newLow) {
                    sar = newLow;
                }
            }
        } else {
            if (newHigh >= sar) {
                isLong = true;
                sar = ep;
                if (sar > prevLow) {
                    sar = prevLow;
                }
                if (sar > newLow) {
                    sar = newLow;
                }
                out = sar;
                af = acceleration;
                ep = newHigh;
                sar = sar + af * (ep - sar);
                if (sar > prevLow) {
                    sar = prevLow;
                }
                if (sar > newLow) {
                    sar = newLow;
                }
            } else {
                out = sar;
                if (newLow < ep) {
                    ep = newLow;
                    af += acceleration;
                    if (af > maximum) {
                        af = maximum;
                    }
                }
                sar = sar + af * (ep - sar);
                if (sar < prevHigh) {
                    sar = prevHigh;
                }
                if (sar < newHigh) {
                    sar = newHigh;
                }
            }
        }
        return out;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low);
    }

    /** The stop for the current bar, in price units, or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    /** Whether the trend after the current bar is long (the stop below price). */
    public boolean isLong() {
        return isLong;
    }

    @Override
    public boolean isReady() {
        return count == 2;
    }

    @Override
    public int warmupPeriod() {
        return 2;
    }

    @Override
    public void reset() {
        count = 0;
        isLong = false;
        af = 0.0;
        ep = 0.0;
        sar = 0.0;
        newHigh = 0.0;
        newLow = 0.0;
        value = Double.NaN;
    }

    /**
     * The parabolic SAR of a whole series, equal bit for bit to feeding the bars to
     * {@link #update}.
     *
     * @return an array as long as the inputs, NaN at index 0
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] compute(double[] high, double[] low, double acceleration,
            double maximum) {
        int n = TaMath.sameLength("high and low", high, low);
        ParabolicSar sar = new ParabolicSar(acceleration, maximum);
        double[] out = TaMath.nans(n);
        for (int i = 0; i < n; i++) {
            sar.update(high[i], low[i]);
            out[i] = sar.value;
        }
        return out;
    }
}
