package wave.spec.indicator;

import wave.indicators.BarIndicator;

/**
 * A Donchian channel over the {@code period} bars <b>before</b> the current one: upper = highest high, lower =
 * lowest low, middle = their mean. The current bar is never part of its own channel, so {@code close > upper}
 * is a breakout. Warm-up: {@code period + 1} bars.
 */
public final class PriorChannel implements BarIndicator {
    private final int period;
    private final PriorExtreme upper;
    private final PriorExtreme lower;

    /** A channel over the previous {@code period} bars (at least 1). */
    public PriorChannel(int period) {
        this.period = period;
        this.upper = new PriorExtreme(period, true);
        this.lower = new PriorExtreme(period, false);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        upper.update(high);
        lower.update(low);
    }

    /** Highest high of the previous {@code period} bars, or NaN before {@link #isReady()}. */
    public double upper() {
        return upper.value();
    }

    /** Lowest low of the previous {@code period} bars, or NaN before {@link #isReady()}. */
    public double lower() {
        return lower.value();
    }

    /** {@code (upper + lower) / 2}, or NaN before {@link #isReady()}. */
    public double middle() {
        return (upper.value() + lower.value()) / 2;
    }

    @Override
    public boolean isReady() {
        return upper.isReady();
    }

    @Override
    public int warmupPeriod() {
        return period + 1;
    }

    @Override
    public void reset() {
        upper.reset();
        lower.reset();
    }
}
