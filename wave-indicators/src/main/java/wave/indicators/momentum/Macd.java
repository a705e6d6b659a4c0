package wave.indicators.momentum;

import java.util.Arrays;
import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.window.TaMath;

/**
 * Moving average convergence/divergence: the MACD line (fast EMA minus slow EMA of the input),
 * its signal line (an EMA of the MACD line) and the histogram (MACD minus signal).
 *
 * <p>Seeding follows TA-Lib's {@code MACD}: both EMAs start at index {@code slow - 1}, the slow
 * one from the mean of the first {@code slow} values and the fast one from the mean of the
 * {@code fast} values ending there (indices {@code slow - fast .. slow - 1}), not of the first
 * {@code fast} values; the signal EMA is seeded with the mean of the first {@code signal} MACD
 * values. All three outputs become valid together at index {@code slow + signal - 2}, so the
 * warm-up is {@code slow + signal - 1} values (34 for 12/26/9).
 *
 * <p>Each period must be in [2, 100000], with {@code fast < slow}. TA-Lib silently swaps
 * {@code fast > slow} and accepts {@code signal = 1} (on which its Java port fails with an
 * {@code ArrayIndexOutOfBoundsException}); this class rejects both, and {@code fast == slow}.
 */
public final class Macd implements ValueIndicator {
    private final int fast;
    private final int slow;
    private final int signalPeriod;
    private final PriceField field;
    private final double fastK;
    private final double slowK;
    private final double signalK;
    /** Values fed, saturating at {@code slow}. */
    private int count;
    /** MACD values computed, saturating at {@code signal}. */
    private int macdCount;
    private double fastEma;
    private double slowEma;
    private double signalEma;
    private double macd = Double.NaN;
    private double signal = Double.NaN;
    private double histogram = Double.NaN;

    /** A MACD of closing prices. */
    public Macd(int fast, int slow, int signal) {
        this(fast, slow, signal, PriceField.CLOSE);
    }

    /** A MACD of the given bar field. */
    public Macd(int fast, int slow, int signal, PriceField field) {
        checkPeriods(fast, slow, signal);
        this.fast = fast;
        this.slow = slow;
        this.signalPeriod = signal;
        this.field = field;
        this.fastK = TaMath.emaFactor(fast);
        this.slowK = TaMath.emaFactor(slow);
        this.signalK = TaMath.emaFactor(signal);
    }

    private static void checkPeriods(int fast, int slow, int signal) {
        TaMath.period("fast", fast, 2);
        TaMath.period("slow", slow, 2);
        TaMath.period("signal", signal, 2);
        if (fast >= slow) {
            throw new IllegalArgumentException(
                    "fast must be < slow, was fast=" + fast + ", slow=" + slow);
        }
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        if (count == slow) {
            fastEma = TaMath.ema(fastEma, x, fastK);
            slowEma = TaMath.ema(slowEma, x, slowK);
        } else {
            slowEma += x;
            if (count >= slow - fast) {
                fastEma += x;
            }
            if (++count < slow) {
                return;
            }
            fastEma /= fast;
            slowEma /= slow;
        }
        double line = fastEma - slowEma;
        if (macdCount == signalPeriod) {
            signalEma = TaMath.ema(signalEma, line, signalK);
        } else {
            signalEma += line;
            if (++macdCount < signalPeriod) {
                return;
            }
            signalEma /= signalPeriod;
        }
        macd = line;
        signal = signalEma;
        histogram = line - signalEma;
    }


    /** The MACD line, or NaN before {@link #isReady()}. */
    public double macd() {
        return macd;
    }

    /** The signal line, or NaN before {@link #isReady()}. */
    public double signal() {
        return signal;
    }

    /** The histogram (MACD minus signal), or NaN before {@link #isReady()}. */
    public double histogram() {
        return histogram;
    }

    @Override
    public PriceField field() {
        return field;
    }

    @Override
    public boolean isReady() {
        return macdCount == signalPeriod;
    }

    @Override
    public int warmupPeriod() {
        return slow + signalPeriod - 1;
    }

    @Override
    public void reset() {
        count = 0;
        macdCount = 0;
        fastEma = 0.0;
        slowEma = 0.0;
        signalEma = 0.0;
        macd = Double.NaN;
        signal = Double.NaN;
        histogram = Double.NaN;
    }

    /**
     * The MACD of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return three arrays as long as {@code values}, NaN before index {@code slow + signal - 2}
     */
    public static MacdSeries compute(double[] values, int fast, int slow, int signal) {
        int n = values.length;
        return compute(values, fast, slow, signal, new MacdSeries(new double[n], new double[n], new double[n]));
    }

    /**
     * The array form written into a caller's arrays (no allocation).
     *
     * @param out receives the three lines, NaN before the first valid index; each array as long as {@code values}
     * @return {@code out}
     */
    public static MacdSeries compute(double[] values, int fast, int slow, int signal, MacdSeries out) {
        checkPeriods(fast, slow, signal);
        double fastK = TaMath.emaFactor(fast);
        double slowK = TaMath.emaFactor(slow);
        double signalK = TaMath.emaFactor(signal);
        int n = values.length;
        double[] macd = out.macd();
        double[] signalLine = out.signal();
        double[] histogram = out.histogram();
        TaMath.sameLength(values, macd);
        TaMath.sameLength(values, signalLine);
        TaMath.sameLength(values, histogram);
        int first = Math.min(n, slow + signal - 2);
        Arrays.fill(macd, 0, first, Double.NaN);
        Arrays.fill(signalLine, 0, first, Double.NaN);
        Arrays.fill(histogram, 0, first, Double.NaN);
        double fastEma = 0.0;
        double slowEma = 0.0;
        double signalEma = 0.0;
        for (int i = 0; i < n; i++) {
            double x = values[i];
            if (i >= slow) {
                fastEma = TaMath.ema(fastEma, x, fastK);
                slowEma = TaMath.ema(slowEma, x, slowK);
            } else {
                slowEma += x;
                if (i >= slow - fast) {
                    fastEma += x;
                }
                if (i < slow - 1) {
                    continue;
                }
                fastEma /= fast;
                slowEma /= slow;
            }
            double line = fastEma - slowEma;
            int lineIndex = i - (slow - 1);
            if (lineIndex >= signal) {
                signalEma = TaMath.ema(signalEma, line, signalK);
            } else {
                signalEma += line;
                if (lineIndex < signal - 1) {
                    continue;
                }
                signalEma /= signal;
            }
            macd[i] = line;
            signalLine[i] = signalEma;
            histogram[i] = line - signalEma;
        }
        return out;
    }
}
