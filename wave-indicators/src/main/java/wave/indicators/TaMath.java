package wave.indicators;

import java.util.Arrays;

/**
 * TA-Lib's arithmetic, shared by the streaming and array forms so both evaluate the same
 * expressions in the same order (and so agree bit for bit with each other and with TA-Lib).
 */
final class TaMath {
    /** TA-Lib's upper bound for every period parameter. */
    static final int MAX_PERIOD = 100_000;
    /** TA-Lib treats a variance or a gain+loss sum smaller than this as zero. */
    private static final double EPSILON = 0.00000001;

    private TaMath() {}

    /** Checks {@code min <= value <= MAX_PERIOD}, naming the parameter in the error. */
    static int period(String name, int value, int min) {
        if (value < min || value > MAX_PERIOD) {
            throw new IllegalArgumentException(
                    name + " must be in [" + min + ", " + MAX_PERIOD + "], was " + value);
        }
        return value;
    }

    /** TA-Lib's EMA smoothing factor {@code 2 / (period + 1)}. */
    static double emaFactor(int period) {
        return 2.0 / (period + 1);
    }

    /** One EMA step as TA-Lib writes it: {@code (x - prev) * k + prev}. */
    static double ema(double prev, double x, double k) {
        return ((x - prev) * k) + prev;
    }

    /** One Wilder smoothing step: {@code (prev * (period - 1) + x) / period}. */
    static double wilder(double prev, double x, int period) {
        return (prev * (period - 1) + x) / period;
    }

    /** RSI from average gain and loss; 0 when both are (near) zero, as in TA-Lib. */
    static double rsi(double avgGain, double avgLoss) {
        double total = avgGain + avgLoss;
        return (-EPSILON < total && total < EPSILON) ? 0.0 : 100.0 * (avgGain / total);
    }

    /** Standard deviation from a variance; 0 for a variance below 1e-8, as in TA-Lib. */
    static double stdDev(double variance) {
        return variance < EPSILON ? 0.0 : Math.sqrt(variance);
    }

    /** The true range of a bar given the previous close, in TA-Lib's comparison order. */
    static double trueRange(double high, double low, double prevClose) {
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

    /** A new array of {@code length} NaNs. */
    static double[] nans(int length) {
        double[] out = new double[length];
        Arrays.fill(out, Double.NaN);
        return out;
    }
}
