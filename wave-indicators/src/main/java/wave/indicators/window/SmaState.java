package wave.indicators.window;

import java.util.Arrays;

/**
 * A simple moving average over a ring buffer with TA-Lib's running-sum order (add the newest
 * value, divide, subtract the oldest), for indicators that smooth a derived series. Period 1
 * passes inputs through.
 */
public final class SmaState implements AverageState {
    private final int period;
    private final double[] window;
    private int next;
    private int count;
    private double total;
    private double value = Double.NaN;

    public SmaState(int period) {
        this.period = period;
        this.window = new double[period];
    }

    /** Feeds the next input; true once {@link #value()} holds an average. */
    @Override
    public boolean update(double x) {
        total += x;
        window[next] = x;
        next = next + 1 == period ? 0 : next + 1;
        if (count < period) {
            count++;
        }
        if (count == period) {
            value = total / period;
            total -= window[next];
            return true;
        }
        return false;
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return count == period;
    }

    @Override
    public void reset() {
        Arrays.fill(window, 0.0);
        next = 0;
        count = 0;
        total = 0.0;
        value = Double.NaN;
    }
}
