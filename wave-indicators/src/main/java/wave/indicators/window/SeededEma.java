package wave.indicators.window;

/**
 * One exponential moving average stage with TA-Lib's default seeding, for indicators built from
 * EMAs of EMAs: the first value is the mean of the first {@code period} inputs, later ones
 * {@code (x - ema) * k + ema} with {@code k = 2 / (period + 1)}. Period 1 passes inputs through.
 */
public final class SeededEma implements AverageState {
    private final int period;
    private final double k;
    private int count;
    private double value;

    public SeededEma(int period) {
        this.period = period;
        this.k = TaMath.emaFactor(period);
    }

    /** Feeds the next input; true once {@link #value()} holds an average. */
    @Override
    public boolean update(double x) {
        if (count == period) {
            value = TaMath.ema(value, x, k);
            return true;
        }
        value += x;
        if (++count == period) {
            value /= period;
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
        count = 0;
        value = 0.0;
    }
}
