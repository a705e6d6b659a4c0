package wave.indicators.momentum;

import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.window.StochasticState;
import wave.indicators.window.TaMath;

/**
 * Stochastic RSI (Chande and Kroll): the fast stochastic of the RSI, %K {@code = 100 * (rsi -
 * lowest rsi) / (highest rsi - lowest rsi)} over {@code fastK} RSI values and %D its SMA over
 * {@code fastD}.
 *
 * <p>Equal to TA-Lib's {@code STOCHRSI} with SMA smoothing (TA-Lib's defaults 14, 5, 3): the
 * {@link Rsi} as TA-Lib computes it, then {@code STOCHF} on it with the RSI as high, low and
 * close, %K 0 over a flat window; both outputs start together once %D exists. Warm-up:
 * {@code period + fastK + fastD - 1} values, first valid index {@code period + fastK + fastD - 2}.
 * The RSI period must be in [2, 100000], {@code fastK} and {@code fastD} in [1, 100000].
 */
public final class StochRsi implements ValueIndicator {
    private final int period;
    private final int fastK;
    private final int fastD;
    private final PriceField field;
    private final Rsi rsi;
    private final StochasticState state;

    /** A stochastic RSI of closing prices. */
    public StochRsi(int period, int fastK, int fastD) {
        this(period, fastK, fastD, PriceField.CLOSE);
    }

    /** A stochastic RSI of the given bar field. */
    public StochRsi(int period, int fastK, int fastD, PriceField field) {
        check(period, fastK, fastD);
        this.period = period;
        this.fastK = fastK;
        this.fastD = fastD;
        this.field = field;
        this.rsi = new Rsi(period);
        this.state = new StochasticState(fastK, 0, fastD);
    }

    private static void check(int period, int fastK, int fastD) {
        TaMath.period("period", period, 2);
        TaMath.period("fastK", fastK, 1);
        TaMath.period("fastD", fastD, 1);
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        rsi.update(x);
        if (rsi.isReady()) {
            double r = rsi.value();
            state.update(r, r, r);
        }
    }

    @Override
    public PriceField field() {
        return field;
    }

    /** %K in [0, 100], or NaN before {@link #isReady()}. */
    public double k() {
        return state.k();
    }

    /** %D in [0, 100], or NaN before {@link #isReady()}. */
    public double d() {
        return state.d();
    }

    @Override
    public boolean isReady() {
        return state.isReady();
    }

    @Override
    public int warmupPeriod() {
        return period + fastK + fastD - 1;
    }

    @Override
    public void reset() {
        rsi.reset();
        state.reset();
    }

    /**
     * The stochastic RSI of a whole series, equal bit for bit to feeding {@code values} to
     * {@link #update}.
     *
     * @return %K and %D, as long as {@code values}, NaN before index
     *     {@code period + fastK + fastD - 2}
     */
    public static StochasticSeries compute(double[] values, int period, int fastK, int fastD) {
        check(period, fastK, fastD);
        double[] r = Rsi.compute(values, period);
        return StochasticState.compute(new StochasticState(fastK, 0, fastD), r, r, r, period);
    }
}
