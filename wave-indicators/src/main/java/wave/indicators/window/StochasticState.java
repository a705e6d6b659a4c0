package wave.indicators.window;

import wave.indicators.momentum.StochRsi;
import wave.indicators.momentum.Stochastic;
import wave.indicators.momentum.StochasticFast;
import wave.indicators.momentum.StochasticSeries;

/**
 * TA-Lib's stochastic: raw %K {@code (close - lowest) / ((highest - lowest) / 100)} over a
 * {@link RollingRange} (0 over a flat window), optionally smoothed by an SMA into %K, and %D the
 * SMA of %K; both lines start together once %D exists. Shared by {@link Stochastic},
 * {@link StochasticFast} and {@link StochRsi}.
 */
public final class StochasticState {
    private final RollingRange range;
    /** Null for the fast stochastic, whose %K is the raw %K. */
    private final SmaState kAverage;
    private final SmaState dAverage;
    private double k = Double.NaN;
    private double d = Double.NaN;

    /** A stochastic over {@code fastK} bars; {@code slowK} 0 leaves %K raw. */
    public StochasticState(int fastK, int slowK, int periodD) {
        this.range = new RollingRange(fastK);
        this.kAverage = slowK > 0 ? new SmaState(slowK) : null;
        this.dAverage = new SmaState(periodD);
    }

    /** Feeds the next bar; true once %K and %D exist. */
    public boolean update(double high, double low, double close) {
        if (!range.update(high, low)) {
            return false;
        }
        double kValue = TaMath.stochK(close, range.highest(), range.lowest());
        if (kAverage != null) {
            if (!kAverage.update(kValue)) {
                return false;
            }
            kValue = kAverage.value();
        }
        if (!dAverage.update(kValue)) {
            return false;
        }
        k = kValue;
        d = dAverage.value();
        return true;
    }

    /** %K, or NaN before {@link #isReady()}. */
    public double k() {
        return k;
    }

    /** %D, or NaN before {@link #isReady()}. */
    public double d() {
        return d;
    }

    public boolean isReady() {
        return dAverage.isReady();
    }

    public void reset() {
        range.reset();
        if (kAverage != null) {
            kAverage.reset();
        }
        dAverage.reset();
        k = Double.NaN;
        d = Double.NaN;
    }

    /** Feeds a fresh {@code state} the bars from index {@code from}: %K and %D, NaN before. */
    public static StochasticSeries compute(StochasticState state, double[] high, double[] low,
            double[] close, int from) {
        double[] k = TaMath.nans(close.length);
        double[] d = TaMath.nans(close.length);
        for (int i = from; i < close.length; i++) {
            if (state.update(high[i], low[i], close[i])) {
                k[i] = state.k();
                d[i] = state.d();
            }
        }
        return new StochasticSeries(k, d);
    }
}
