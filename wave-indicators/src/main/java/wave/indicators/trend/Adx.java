package wave.indicators.trend;

import wave.indicators.BarIndicator;
import wave.indicators.window.DirectionalState;
import wave.indicators.window.TaMath;
import wave.indicators.window.WilderAverage;

/**
 * Wilder's average directional index: the DX (see {@link Dx}) averaged over {@code period} bars,
 * a trend-strength reading in [0, 100] that ignores the trend's direction.
 *
 * <p>Equal to TA-Lib's {@code ADX} (unstable period 0): the first ADX, at index
 * {@code 2 * period - 1}, is the sum of the DX values of bars {@code period} to
 * {@code 2 * period - 1} divided by {@code period}, later ones are Wilder-smoothed
 * ({@code (adx * (period - 1) + dx) / period}); a bar whose smoothed true range or DI sum is
 * within 1e-8 of 0 adds nothing to the first sum and leaves later values unchanged. Warm-up:
 * {@code 2 * period} bars, first valid index {@code 2 * period - 1}. The period must be in
 * [2, 100000] as in TA-Lib.
 */
public final class Adx implements BarIndicator {
    private final int period;
    private final DirectionalState state;
    private final WilderAverage average;

    /** An ADX over {@code period} bars (commonly 14). */
    public Adx(int period) {
        this.period = TaMath.period("period", period, 2);
        this.state = new DirectionalState(period);
        this.average = new WilderAverage(period);
    }

    /** Feeds the next bar. */
    public void update(double high, double low, double close) {
        if (state.update(high, low, close)) {
            addDx(average, state.dx());
        }
    }

    /** Averages one bar's DX; a bar without a DX (NaN) only counts. True once the ADX exists. */
    private static boolean addDx(WilderAverage average, double dx) {
        return Double.isNaN(dx) ? average.skip() : average.update(dx);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /** The current ADX in [0, 100], or NaN before {@link #isReady()}. */
    public double value() {
        return average.isReady() ? average.value() : Double.NaN;
    }

    @Override
    public boolean isReady() {
        return average.isReady();
    }

    @Override
    public int warmupPeriod() {
        return 2 * period;
    }

    @Override
    public void reset() {
        state.reset();
        average.reset();
    }

    /**
     * The ADX of a whole series, equal bit for bit to feeding the bars to {@link #update}.
     *
     * @return an array as long as the inputs, NaN before index {@code 2 * period - 1}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] compute(double[] high, double[] low, double[] close, int period) {
        TaMath.period("period", period, 2);
        int n = TaMath.sameLength("high, low and close", high, low, close);
        double[] out = TaMath.nans(n);
        DirectionalState state = new DirectionalState(period);
        WilderAverage average = new WilderAverage(period);
        for (int i = 0; i < n; i++) {
            if (state.update(high[i], low[i], close[i]) && addDx(average, state.dx())) {
                out[i] = average.value();
            }
        }
        return out;
    }
}
