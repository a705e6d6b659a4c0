package wave.indicators.volume;

import wave.indicators.BarIndicator;
import wave.indicators.window.TaMath;
import wave.indicators.window.WindowSums;

/**
 * Chaikin money flow: the sum of the money flow volume
 * {@code ((close - low) - (high - close)) / (high - low) * volume} over the last {@code period}
 * bars divided by their total volume, in [-1, 1].
 *
 * <p>Not in TA-Lib as one function; each bar's money flow volume is computed as in TA-Lib's
 * {@code AD} (0 for a bar with {@code high <= low}). The sums are updated in O(1) and re-summed
 * every {@code period} bars; the value is 0 when the window has no volume. Warm-up:
 * {@code period} bars, first valid index {@code period - 1}. The period must be in [1, 100000]
 * (commonly 20 or 21).
 */
public final class ChaikinMoneyFlow implements BarIndicator {
    private final int period;
    private final WindowSums flows;
    private final WindowSums volumes;
    private double value = Double.NaN;

    /** A Chaikin money flow over {@code period} bars. */
    public ChaikinMoneyFlow(int period) {
        this.period = TaMath.period("period", period, 1);
        this.flows = new WindowSums(period);
        this.volumes = new WindowSums(period);
    }

    /** Feeds the next bar. */
    public void update(double high, double low, double close, double volume) {
        flows.add(AccumulationDistribution.next(0.0, high, low, close, volume));
        if (volumes.add(volume)) {
            value = ratio(flows.sum(), volumes.sum());
        }
    }

    private static double ratio(double flow, double volume) {
        return volume != 0.0 ? flow / volume : 0.0;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close, volume);
    }

    /** The current money flow in [-1, 1], or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return volumes.isFull();
    }

    @Override
    public int warmupPeriod() {
        return period;
    }

    @Override
    public void reset() {
        flows.reset();
        volumes.reset();
        value = Double.NaN;
    }

    /**
     * The Chaikin money flow of a whole series, equal bit for bit to feeding the bars to
     * {@link #update}.
     *
     * @return an array as long as the inputs, NaN before index {@code period - 1}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] compute(double[] high, double[] low, double[] close, double[] volume,
            int period) {
        TaMath.period("period", period, 1);
        int n = TaMath.sameLength("high, low, close and volume", high, low, close, volume);
        double[] out = TaMath.nans(n);
        WindowSums flows = new WindowSums(period);
        WindowSums volumes = new WindowSums(period);
        for (int i = 0; i < n; i++) {
            flows.add(AccumulationDistribution.next(0.0, high[i], low[i], close[i], volume[i]));
            if (volumes.add(volume[i])) {
                out[i] = ratio(flows.sum(), volumes.sum());
            }
        }
        return out;
    }
}
