package wave.indicators.window;

import wave.indicators.momentum.WilliamsR;
import wave.indicators.trend.Aroon;
import wave.indicators.trend.Ichimoku;
import wave.indicators.volatility.Donchian;

/**
 * The highest high and the lowest low of the last {@code period} bars ({@link RollingExtreme}s,
 * the newest of equal extremes counting), for channels and oscillators such as
 * {@link Donchian}, {@link WilliamsR}, the stochastics, {@link Aroon} and {@link Ichimoku}.
 */
public final class RollingRange {
    private final int period;
    private final RollingExtreme highest;
    private final RollingExtreme lowest;

    public RollingRange(int period) {
        this.period = period;
        this.highest = new RollingExtreme(period, true, true);
        this.lowest = new RollingExtreme(period, false, true);
    }

    /** Feeds the next bar's high and low; true once the window holds {@code period} bars. */
    public boolean update(double high, double low) {
        highest.update(high);
        lowest.update(low);
        return isFull();
    }

    /** The highest high of the window. */
    public double highest() {
        return highest.value();
    }

    /** The lowest low of the window. */
    public double lowest() {
        return lowest.value();
    }

    /** The middle of the range, {@code (highest + lowest) / 2}. */
    public double midpoint() {
        return (highest.value() + lowest.value()) / 2.0;
    }

    /** Bars since the highest high: 0 for the newest bar. */
    public int highestAge() {
        return highest.age();
    }

    /** Bars since the lowest low: 0 for the newest bar. */
    public int lowestAge() {
        return lowest.age();
    }

    public boolean isFull() {
        return highest.count() >= period;
    }

    public void reset() {
        highest.reset();
        lowest.reset();
    }
}
