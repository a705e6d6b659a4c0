package wave.indicators.momentum;

import wave.indicators.BarIndicator;
import wave.indicators.window.StochasticState;
import wave.indicators.window.TaMath;

/**
 * The slow stochastic oscillator (Lane): raw %K {@code = 100 * (close - lowest low) / (highest
 * high - lowest low)} over {@code fastK} bars, slow %K its SMA over {@code slowK} bars and slow %D
 * the SMA of slow %K over {@code slowD} bars.
 *
 * <p>Equal to TA-Lib's {@code STOCH} with SMA smoothing for both lines (TA-Lib's defaults 5, 3,
 * 3): raw %K is {@code (close - lowest) / ((highest - lowest) / 100)} and 0 over a flat window,
 * and, as in TA-Lib, both outputs start together once %D exists. Warm-up:
 * {@code fastK + slowK + slowD - 2} bars, first valid index {@code fastK + slowK + slowD - 3}.
 * Each period must be in [1, 100000] as in TA-Lib (a period of 1 is no smoothing).
 */
public final class Stochastic implements BarIndicator {
    private final int fastK;
    private final int slowK;
    private final int slowD;
    private final StochasticState state;

    /** A slow stochastic over {@code fastK} bars, smoothed over {@code slowK} and {@code slowD}. */
    public Stochastic(int fastK, int slowK, int slowD) {
        check(fastK, slowK, slowD);
        this.fastK = fastK;
        this.slowK = slowK;
        this.slowD = slowD;
        this.state = new StochasticState(fastK, slowK, slowD);
    }

    private static void check(int fastK, int slowK, int slowD) {
        TaMath.period("fastK", fastK, 1);
        TaMath.period("slowK", slowK, 1);
        TaMath.period("slowD", slowD, 1);
    }

    /** Feeds the next bar. */
    public void update(double high, double low, double close) {
        state.update(high, low, close);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /** Slow %K in [0, 100], or NaN before {@link #isReady()}. */
    public double k() {
        return state.k();
    }

    /** Slow %D in [0, 100], or NaN before {@link #isReady()}. */
    public double d() {
        return state.d();
    }

    @Override
    public boolean isReady() {
        return state.isReady();
    }

    @Override
    public int warmupPeriod() {
        return fastK + slowK + slowD - 2;
    }

    @Override
    public void reset() {
        state.reset();
    }

    /**
     * The slow stochastic of a whole series, equal bit for bit to feeding the bars to
     * {@link #update}.
     *
     * @return %K and %D, as long as the inputs, NaN before index {@code fastK + slowK + slowD - 3}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static StochasticSeries compute(double[] high, double[] low, double[] close, int fastK,
            int slowK, int slowD) {
        check(fastK, slowK, slowD);
        TaMath.sameLength("high, low and close", high, low, close);
        return StochasticState.compute(new StochasticState(fastK, slowK, slowD), high, low, close, 0);
    }
}
