package wave.indicators.volatility;

import wave.indicators.BarIndicator;
import wave.indicators.window.TaMath;
import wave.indicators.window.WilderAverage;

/**
 * Average true range: the Wilder-smoothed average of the true range
 * {@code max(high - low, |prevClose - high|, |prevClose - low|)}.
 *
 * <p>As in TA-Lib's {@code ATR} (unstable period 0): the first true range is that of the
 * second bar (the first has no previous close), the first ATR is the plain mean of the first
 * {@code period} true ranges (bars 1 to {@code period}), and each later one is
 * {@code (atr * (period - 1) + tr) / period}. Warm-up: {@code period + 1} bars, first valid
 * index {@code period}. The period must be in [1, 100000] as in TA-Lib; ATR(1) is the true
 * range.
 */
public final class Atr implements BarIndicator {
    private final int period;
    private final WilderAverage average;
    private boolean started;
    private double previousClose;

    /** An ATR over {@code period} bars. */
    public Atr(int period) {
        this.period = TaMath.period("period", period, 1);
        this.average = new WilderAverage(period);
    }

    /** Feeds the next bar. */
    public void update(double high, double low, double close) {
        if (started) {
            average.update(TaMath.trueRange(high, low, previousClose));
        }
        started = true;
        previousClose = close;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /** The current ATR, in price units, or NaN before {@link #isReady()}. */
    public double value() {
        return average.isReady() ? average.value() : Double.NaN;
    }

    @Override
    public boolean isReady() {
        return average.isReady();
    }

    @Override
    public int warmupPeriod() {
        return period + 1;
    }

    @Override
    public void reset() {
        average.reset();
        started = false;
        previousClose = 0.0;
    }

    /**
     * The ATR of a whole series, equal bit for bit to feeding the bars to {@link #update}.
     *
     * @return an array as long as the inputs, NaN before index {@code period}
     * @throws IllegalArgumentException if the three arrays differ in length
     */
    public static double[] compute(double[] high, double[] low, double[] close, int period) {
        return compute(high, low, close, period, new double[close.length]);
    }

    /**
     * The array form written into a caller's array (no allocation).
     *
     * @param out receives the values, NaN before the first valid index; same length as {@code close}
     * @return {@code out}
     */
    public static double[] compute(double[] high, double[] low, double[] close, int period, double[] out) {
        TaMath.period("period", period, 1);
        if (high.length != low.length || high.length != close.length) {
            throw new IllegalArgumentException("high, low and close must have the same length, were "
                    + high.length + ", " + low.length + ", " + close.length);
        }
        TaMath.sameLength(close, out);
        if (out.length > 0) {
            out[0] = Double.NaN;
        }
        WilderAverage average = new WilderAverage(period);
        for (int i = 1; i < close.length; i++) {
            out[i] = average.update(TaMath.trueRange(high[i], low[i], close[i - 1])) ? average.value() : Double.NaN;
        }
        return out;
    }
}
