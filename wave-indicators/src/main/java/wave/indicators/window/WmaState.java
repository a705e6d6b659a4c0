package wave.indicators.window;

import wave.indicators.average.Hma;
import wave.indicators.average.Wma;

/**
 * TA-Lib's weighted moving average over {@code period} values, whose two running sums (the
 * weighted sum and the plain sum of the window) it updates in O(1) in TA-Lib's order; period 1
 * passes inputs through. Shared by {@link Wma} and {@link Hma}.
 */
public final class WmaState implements AverageState {
    private final int period;
    private final int divider;
    /** Gives the value leaving the plain sum: x[t - period], 0 until the window first fills. */
    private final LagWindow trailing;
    /** Values fed, saturating at {@code period}. */
    private int count;
    private double periodSum;
    private double periodSub;
    private double value = Double.NaN;

    public WmaState(int period) {
        this.period = period;
        this.divider = (period * (period + 1)) >> 1;
        this.trailing = new LagWindow(period);
    }

    /** Feeds the next input; true once {@link #value()} holds an average. */
    @Override
    public boolean update(double x) {
        if (period == 1) {
            count = 1;
            value = x;
            return true;
        }
        double trailingValue = trailing.update(x);
        if (count < period - 1) {
            periodSub += x;
            periodSum += x * ++count;
            return false;
        }
        count = period;
        periodSub += x;
        periodSub -= trailingValue;
        periodSum += x * period;
        value = periodSum / divider;
        periodSum -= periodSub;
        return true;
    }

    /** The current average, or NaN before {@link #isReady()}. */
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
        trailing.reset();
        count = 0;
        periodSum = 0.0;
        periodSub = 0.0;
        value = Double.NaN;
    }
}
