package wave.indicators.volatility;

import wave.indicators.BarIndicator;
import wave.indicators.window.RollingRange;
import wave.indicators.window.TaMath;

/**
 * Donchian channel: the highest high (upper), the lowest low (lower) and their midpoint (middle)
 * over the last {@code period} bars, in price units.
 *
 * <p>The lines are TA-Lib's {@code MAX} of the highs, {@code MIN} of the lows and
 * {@code MIDPRICE}. Updates are amortised O(1) (monotonic deques). Warm-up: {@code period} bars,
 * first valid index {@code period - 1}. The period must be in [2, 100000] as in TA-Lib (commonly
 * 20).
 */
public final class Donchian implements BarIndicator {
    private final int period;
    private final RollingRange range;
    private double upper = Double.NaN;
    private double middle = Double.NaN;
    private double lower = Double.NaN;

    /** A Donchian channel over {@code period} bars. */
    public Donchian(int period) {
        this.period = TaMath.period("period", period, 2);
        this.range = new RollingRange(period);
    }

    /** Feeds the next bar. */
    public void update(double high, double low) {
        if (range.update(high, low)) {
            upper = range.highest();
            lower = range.lowest();
            middle = range.midpoint();
        }
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low);
    }

    /** The highest high, or NaN before {@link #isReady()}. */
    public double upper() {
        return upper;
    }

    /** The midpoint of the channel, or NaN before {@link #isReady()}. */
    public double middle() {
        return middle;
    }

    /** The lowest low, or NaN before {@link #isReady()}. */
    public double lower() {
        return lower;
    }

    @Override
    public boolean isReady() {
        return range.isFull();
    }

    @Override
    public int warmupPeriod() {
        return period;
    }

    @Override
    public void reset() {
        range.reset();
        upper = Double.NaN;
        middle = Double.NaN;
        lower = Double.NaN;
    }

    /**
     * The Donchian channel of a whole series, equal bit for bit to feeding the bars to
     * {@link #update}.
     *
     * @return the three lines, as long as the inputs, NaN before index {@code period - 1}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static Channel compute(double[] high, double[] low, int period) {
        TaMath.period("period", period, 2);
        int n = TaMath.sameLength("high and low", high, low);
        double[] upper = TaMath.nans(n);
        double[] middle = TaMath.nans(n);
        double[] lower = TaMath.nans(n);
        RollingRange range = new RollingRange(period);
        for (int i = 0; i < n; i++) {
            if (range.update(high[i], low[i])) {
                upper[i] = range.highest();
                middle[i] = range.midpoint();
                lower[i] = range.lowest();
            }
        }
        return new Channel(upper, middle, lower);
    }
}
