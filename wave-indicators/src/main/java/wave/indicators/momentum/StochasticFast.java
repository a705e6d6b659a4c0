package wave.indicators.momentum;

import wave.indicators.BarIndicator;
import wave.indicators.window.StochasticState;
import wave.indicators.window.TaMath;

/**
 * The fast stochastic oscillator (Lane): %K {@code = 100 * (close - lowest low) / (highest high
 * - lowest low)} over {@code fastK} bars and %D its SMA over {@code fastD} bars.
 *
 * <p>Equal to TA-Lib's {@code STOCHF} with SMA smoothing (TA-Lib's defaults 5, 3): %K is
 * {@code (close - lowest) / ((highest - lowest) / 100)} and 0 over a flat window, and, as in
 * TA-Lib, both outputs start together once %D exists. Warm-up: {@code fastK + fastD - 1} bars,
 * first valid index {@code fastK + fastD - 2}. Each period must be in [1, 100000] as in TA-Lib.
 */
public final class StochasticFast implements BarIndicator {
    private final int fastK;
    private final int fastD;
    private final StochasticState state;

    /** A fast stochastic over {@code fastK} bars, %D over {@code fastD}. */
    public StochasticFast(int fastK, int fastD) {
        check(fastK, fastD);
        this.fastK = fastK;
        this.fastD = fastD;
        this.state = new StochasticState(fastK, 0, fastD);
    }

    private static void check(int fastK, int fastD) {
        TaMath.period("fastK", fastK, 1);
        TaMath.period("fastD", fastD, 1);
    }

    /** Feeds the next bar. */
    public void update(double high, double low, double close) {
        state.update(high, low, close);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /** Fast %K in [0, 100], or NaN before {@link #isReady()}. */
    public double k() {
        return state.k();
    }

    /** Fast %D in [0, 100], or NaN before {@link #isReady()}. */
    public double d() {
        return state.d();
    }

    @Override
    public boolean isReady() {
        return state.isReady();
    }

    @Override
    public int warmupPeriod() {
        return fastK + fastD - 1;
    }

    @Override
    public void reset() {
        state.reset();
    }

    /**
     * The fast stochastic of a whole series, equal bit for bit to feeding the bars to
     * {@link #update}.
     *
     * @return %K and %D, as long as the inputs, NaN before index {@code fastK + fastD - 2}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static StochasticSeries compute(double[] high, double[] low, double[] close, int fastK,
            int fastD) {
        check(fastK, fastD);
        TaMath.sameLength("high, low and close", high, low, close);
        return StochasticState.compute(new StochasticState(fastK, 0, fastD), high, low, close, 0);
    }
}
