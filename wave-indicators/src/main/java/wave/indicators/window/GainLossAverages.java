package wave.indicators.window;

/**
 * The Wilder-smoothed ({@link WilderAverage}) gains and losses of the one-value changes of a
 * series, as TA-Lib's {@code RSI} and {@code CMO} keep them: the first value only sets the
 * previous one, and both averages exist from the {@code period}-th change on.
 */
public final class GainLossAverages {
    private final WilderAverage gains;
    private final WilderAverage losses;
    private boolean started;
    private double previous;

    public GainLossAverages(int period) {
        this.gains = new WilderAverage(period);
        this.losses = new WilderAverage(period);
    }

    /** Feeds the next value; true once both averages exist. */
    public boolean update(double x) {
        if (!started) {
            started = true;
            previous = x;
            return false;
        }
        double change = x - previous;
        previous = x;
        gains.update(change < 0 ? 0.0 : change);
        return losses.update(change < 0 ? -change : 0.0);
    }

    /** The average gain; only meaningful once {@link #isReady()}. */
    public double gain() {
        return gains.value();
    }

    /** The average loss (a positive number); only meaningful once {@link #isReady()}. */
    public double loss() {
        return losses.value();
    }

    public boolean isReady() {
        return losses.isReady();
    }

    public void reset() {
        gains.reset();
        losses.reset();
        started = false;
        previous = 0.0;
    }
}
