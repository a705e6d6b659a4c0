package wave.indicators.trend;

import wave.indicators.BarIndicator;
import wave.indicators.window.DirectionalState;
import wave.indicators.window.TaMath;

/**
 * Wilder's directional indicators +DI and -DI: the smoothed +DM and -DM as percentages of the
 * smoothed true range over {@code period} bars.
 *
 * <p>Equal to TA-Lib's {@code PLUS_DI} and {@code MINUS_DI} (unstable period 0): +DM is
 * {@code high - previous high} when positive and larger than {@code previous low - low} (-DM the
 * mirror, neither on a tie); bars 1 to {@code period - 1} are summed and from bar
 * {@code period} on each sum is smoothed as {@code s - s / period + x}; both are 0 when the
 * smoothed true range is within 1e-8 of 0. Warm-up: {@code period + 1} bars, first valid index
 * {@code period}. The period must be in [2, 100000]; TA-Lib also admits 1, for which it returns
 * the unsmoothed ratio as a fraction rather than a percentage.
 */
public final class Dmi implements BarIndicator {
    private final int period;
    private final DirectionalState state;
    private double plusDi = Double.NaN;
    private double minusDi = Double.NaN;

    /** +DI and -DI over {@code period} bars (commonly 14). */
    public Dmi(int period) {
        this.period = TaMath.period("period", period, 2);
        this.state = new DirectionalState(period);
    }

    /** Feeds the next bar. */
    public void update(double high, double low, double close) {
        if (state.update(high, low, close)) {
            boolean range = state.hasRange();
            plusDi = range ? state.plusDi() : 0.0;
            minusDi = range ? state.minusDi() : 0.0;
        }
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /** +DI in [0, 100], or NaN before {@link #isReady()}. */
    public double plusDi() {
        return plusDi;
    }

    /** -DI in [0, 100], or NaN before {@link #isReady()}. */
    public double minusDi() {
        return minusDi;
    }

    @Override
    public boolean isReady() {
        return state.isReady();
    }

    @Override
    public int warmupPeriod() {
        return period + 1;
    }

    @Override
    public void reset() {
        state.reset();
        plusDi = Double.NaN;
        minusDi = Double.NaN;
    }

    /**
     * +DI and -DI of a whole series, equal bit for bit to feeding the bars to {@link #update}.
     *
     * @return arrays as long as the inputs, NaN before index {@code period}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static DirectionalSeries compute(double[] high, double[] low, double[] close,
            int period) {
        TaMath.period("period", period, 2);
        int n = TaMath.sameLength("high, low and close", high, low, close);
        double[] plus = TaMath.nans(n);
        double[] minus = TaMath.nans(n);
        DirectionalState state = new DirectionalState(period);
        for (int i = 0; i < n; i++) {
            if (state.update(high[i], low[i], close[i])) {
                boolean range = state.hasRange();
                plus[i] = range ? state.plusDi() : 0.0;
                minus[i] = range ? state.minusDi() : 0.0;
            }
        }
        return new DirectionalSeries(plus, minus);
    }
}
