package wave.indicators.trend;

import wave.indicators.BarIndicator;
import wave.indicators.window.DirectionalState;
import wave.indicators.window.TaMath;

/**
 * Wilder's directional movement index DX: {@code 100 * |+DI - -DI| / (+DI + -DI)} over
 * {@code period} bars (see {@link Dmi}).
 *
 * <p>Equal to TA-Lib's {@code DX} (unstable period 0): when the smoothed true range or the DI sum
 * is within 1e-8 of 0, the first value is 0 and later ones repeat the previous value. Warm-up:
 * {@code period + 1} bars, first valid index {@code period}. The period must be in [2, 100000]
 * as in TA-Lib.
 */
public final class Dx implements BarIndicator {
    private final int period;
    private final DirectionalState state;
    private double value = Double.NaN;

    /** A DX over {@code period} bars. */
    public Dx(int period) {
        this.period = TaMath.period("period", period, 2);
        this.state = new DirectionalState(period);
    }

    /** Feeds the next bar. */
    public void update(double high, double low, double close) {
        if (state.update(high, low, close)) {
            value = next(value, state.dx());
        }
    }

    private static double next(double previous, double dx) {
        return !Double.isNaN(dx) ? dx : Double.isNaN(previous) ? 0.0 : previous;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /** The current DX in [0, 100], or NaN before {@link #isReady()}. */
    public double value() {
        return value;
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
        value = Double.NaN;
    }

    /**
     * The DX of a whole series, equal bit for bit to feeding the bars to {@link #update}.
     *
     * @return an array as long as the inputs, NaN before index {@code period}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] compute(double[] high, double[] low, double[] close, int period) {
        TaMath.period("period", period, 2);
        int n = TaMath.sameLength("high, low and close", high, low, close);
        double[] out = TaMath.nans(n);
        DirectionalState state = new DirectionalState(period);
        double value = Double.NaN;
        for (int i = 0; i < n; i++) {
            if (state.update(high[i], low[i], close[i])) {
                value = next(value, state.dx());
                out[i] = value;
            }
        }
        return out;
    }
}
