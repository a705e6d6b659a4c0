package wave.indicators.window;

import java.util.Arrays;

/**
 * The sum and the sum of squares of the last {@code period} values, updated in O(1) and re-summed
 * from the window once every {@code period} updates so rounding cannot drift over long series.
 */
public final class WindowSums {
    private final int period;
    private final double[] values;
    private int next;
    private int count;
    private int sinceResum;
    private double sum;
    private double sumSquares;

    public WindowSums(int period) {
        this.period = period;
        this.values = new double[period];
    }

    /** Adds a value, dropping the oldest once the window is full; true once it is full. */
    public boolean add(double x) {
        if (count < period) {
            values[next] = x;
            next = next + 1 == period ? 0 : next + 1;
            sum += x;
            sumSquares += x * x;
            return ++count == period;
        }
        double oldest = values[next];
        values[next] = x;
        next = next + 1 == period ? 0 : next + 1;
        if (++sinceResum == period) {
            sinceResum = 0;
            sum = 0.0;
            sumSquares = 0.0;
            for (int i = 0, slot = next; i < period; i++) {
                double v = values[slot];
                sum += v;
                sumSquares += v * v;
                slot = slot + 1 == period ? 0 : slot + 1;
            }
        } else {
            sum += x - oldest;
            sumSquares += x * x - oldest * oldest;
        }
        return true;
    }

    public boolean isFull() {
        return count == period;
    }

    public double sum() {
        return sum;
    }

    public double sumSquares() {
        return sumSquares;
    }

    /** The sample variance (divisor {@code period - 1}) of the window, at least 0. */
    public double sampleVariance() {
        double variance = (sumSquares - sum * sum / period) / (period - 1);
        return variance > 0.0 ? variance : 0.0;
    }

    public void reset() {
        Arrays.fill(values, 0.0);
        next = 0;
        count = 0;
        sinceResum = 0;
        sum = 0.0;
        sumSquares = 0.0;
    }
}
