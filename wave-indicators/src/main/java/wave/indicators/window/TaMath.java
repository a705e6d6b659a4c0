package wave.indicators.window;

import java.util.Arrays;
import wave.indicators.momentum.Macd;

/**
 * TA-Lib's arithmetic, shared by the streaming and array forms so both evaluate the same
 * expressions in the same order (and so agree bit for bit with each other and with TA-Lib).
 */
public final class TaMath {
    /** TA-Lib's upper bound for every period parameter. */
    public static final int MAX_PERIOD = 100_000;
    /** TA-Lib treats a variance or a gain+loss sum smaller than this as zero. */
    private static final double EPSILON = 0.00000001;

    private TaMath() {}

    /** Checks {@code min <= value <= MAX_PERIOD}, naming the parameter in the error. */
    public static int period(String name, int value, int min) {
        if (value < min || value > MAX_PERIOD) {
            throw new IllegalArgumentException(
                    name + " must be in [" + min + ", " + MAX_PERIOD + "], was " + value);
        }
        return value;
    }

    /** TA-Lib's EMA smoothing factor {@code 2 / (period + 1)}. */
    public static double emaFactor(int period) {
        return 2.0 / (period + 1);
    }

    /** One EMA step as TA-Lib writes it: {@code (x - prev) * k + prev}. */
    public static double ema(double prev, double x, double k) {
        return ((x - prev) * k) + prev;
    }

    /** One Wilder smoothing step: {@code (prev * (period - 1) + x) / period}. */
    public static double wilder(double prev, double x, int period) {
        return (prev * (period - 1) + x) / period;
    }

    /** RSI from average gain and loss; 0 when both are (near) zero, as in TA-Lib. */
    public static double rsi(double avgGain, double avgLoss) {
        double total = avgGain + avgLoss;
        return (-EPSILON < total && total < EPSILON) ? 0.0 : 100.0 * (avgGain / total);
    }

    /** Standard deviation from a variance; 0 for a variance below 1e-8, as in TA-Lib. */
    public static double stdDev(double variance) {
        return variance < EPSILON ? 0.0 : Math.sqrt(variance);
    }

    /** The true range of a bar given the previous close, in TA-Lib's comparison order. */
    public static double trueRange(double high, double low, double prevClose) {
        double greatest = high - low;
        double toHigh = Math.abs(prevClose - high);
        if (toHigh > greatest) {
            greatest = toHigh;
        }
        double toLow = Math.abs(prevClose - low);
        if (toLow > greatest) {
            greatest = toLow;
        }
        return greatest;
    }

    /** Checks {@code min <= value <= max} (so not NaN), naming the parameter in the error. */
    public static double inRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(
                    name + " must be in [" + min + ", " + max + "], was " + value);
        }
        return value;
    }

    /** Checks that a parameter is finite and {@code >= 0}, naming it in the error. */
    public static double nonNegative(String name, double value) {
        if (!(value >= 0.0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
        }
        return value;
    }

    /** Checks that a parameter is finite and positive, naming it in the error. */
    public static double positive(String name, double value) {
        if (!(value > 0.0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
        }
        return value;
    }

    /** Checks that the input arrays have one length, e.g. "high, low and close". */
    public static int sameLength(String names, double[]... arrays) {
        int n = arrays[0].length;
        for (double[] array : arrays) {
            if (array.length != n) {
                StringBuilder lengths = new StringBuilder();
                for (int i = 0; i < arrays.length; i++) {
                    lengths.append(i == 0 ? "" : ", ").append(arrays[i].length);
                }
                throw new IllegalArgumentException(
                        names + " must have the same length, were " + lengths);
            }
        }
        return n;
    }

    /*
     * The array forms of the averages below each feed one concrete state class, rather than an
     * AverageState, so that the JIT can inline its update into the loop.
     */

    /**
     * TA-Lib's SMA of {@code in[from..]} (period 1 copies), NaN before index
     * {@code from + period - 1}: a {@link SmaState} fed the values.
     */
    public static double[] smaFrom(double[] in, int from, int period) {
        return smaInto(in, from, period, new double[in.length]);
    }

    /** {@link #smaFrom} written into {@code out} (same length as {@code in}); every element is written once. */
    public static double[] smaInto(double[] in, int from, int period, double[] out) {
        sameLength(in, out);
        Arrays.fill(out, 0, Math.min(from, out.length), Double.NaN);
        SmaState average = new SmaState(period);
        for (int i = from; i < in.length; i++) {
            out[i] = average.update(in[i]) ? average.value() : Double.NaN;
        }
        return out;
    }

    /**
     * TA-Lib's EMA of {@code in[from..]}, seeded with the mean of its first {@code period}
     * values, NaN before index {@code from + period - 1}: a {@link SeededEma} fed the values.
     */
    public static double[] emaFrom(double[] in, int from, int period) {
        return emaInto(in, from, period, new double[in.length]);
    }

    /** {@link #emaFrom} written into {@code out} (same length as {@code in}); every element is written once. */
    public static double[] emaInto(double[] in, int from, int period, double[] out) {
        sameLength(in, out);
        Arrays.fill(out, 0, Math.min(from, out.length), Double.NaN);
        SeededEma average = new SeededEma(period);
        for (int i = from; i < in.length; i++) {
            out[i] = average.update(in[i]) ? average.value() : Double.NaN;
        }
        return out;
    }

    /** Requires an output array as long as the input. */
    public static void sameLength(double[] in, double[] out) {
        if (out.length != in.length) {
            throw new IllegalArgumentException("out must have the input's length " + in.length + ", was " + out.length);
        }
    }

    /** TA-Lib's WMA of {@code in}, NaN before index {@code period - 1}: a {@link WmaState}. */
    public static double[] wma(double[] in, int period) {
        double[] out = nans(in.length);
        WmaState average = new WmaState(period);
        for (int i = 0; i < in.length; i++) {
            if (average.update(in[i])) {
                out[i] = average.value();
            }
        }
        return out;
    }

    /** The index of the first non-NaN value, or the length if there is none. */
    public static int firstValid(double[] values) {
        int i = 0;
        while (i < values.length && Double.isNaN(values[i])) {
            i++;
        }
        return i;
    }

    /**
     * TA-Lib's stochastic %K from the window's highest and lowest prices: divides by
     * {@code (highest - lowest) / 100}, and is 0 when the range is 0.
     */
    public static double stochK(double close, double highest, double lowest) {
        double diff = (highest - lowest) / 100.0;
        return diff != 0.0 ? (close - lowest) / diff : 0.0;
    }

    /** Checks two periods in [2, 100000] with {@code fast < slow}, as {@link Macd} does. */
    public static void fastSlow(int fast, int slow) {
        period("fast", fast, 2);
        period("slow", slow, 2);
        if (fast >= slow) {
            throw new IllegalArgumentException(
                    "fast must be < slow, was fast=" + fast + ", slow=" + slow);
        }
    }

    /** TA-Lib's percentage oscillator: 0 when the slow average is within 1e-8 of 0. */
    public static double ppo(double fast, double slow) {
        return (-EPSILON < slow && slow < EPSILON) ? 0.0 : ((fast - slow) / slow) * 100.0;
    }

    /** A new array of {@code length} NaNs. */
    public static double[] nans(int length) {
        double[] out = new double[length];
        Arrays.fill(out, Double.NaN);
        return out;
    }
}
