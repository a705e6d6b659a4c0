package wave.indicators;

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
    /** Bars fed, saturating at {@code period + 1}. */
    private int count;
    private double previousClose;
    private double atr;
    private double value = Double.NaN;

    /** An ATR over {@code period} bars. */
    public Atr(int period) {
        this.period = TaMath.period("period", period, 1);
    }

    /** Feeds the next bar. */
    public void update(double high, double low, double close) {
        if (count == 0) {
            previousClose = close;
            count = 1;
            return;
        }
        double trueRange = TaMath.trueRange(high, low, previousClose);
        previousClose = close;
        if (count > period) {
            atr = TaMath.wilder(atr, trueRange, period);
        } else {
            atr += trueRange;
            count++;
            if (count <= period) {
                return;
            }
            atr /= period;
        }
        value = atr;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /** The current ATR, in price units, or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return count > period;
    }

    @Override
    public int warmupPeriod() {
        return period + 1;
    }

    @Override
    public void reset() {
        count = 0;
        previousClose = 0.0;
        atr = 0.0;
        value = Double.NaN;
    }

    /**
     * The ATR of a whole series, equal bit for bit to feeding the bars to {@link #update}.
     *
     * @return an array as long as the inputs, NaN before index {@code period}
     * @throws IllegalArgumentException if the three arrays differ in length
     */
    public static double[] compute(double[] high, double[] low, double[] close, int period) {
        TaMath.period("period", period, 1);
        if (high.length != low.length || high.length != close.length) {
            throw new IllegalArgumentException("high, low and close must have the same length, were "
                    + high.length + ", " + low.length + ", " + close.length);
        }
        double[] out = TaMath.nans(close.length);
        double atr = 0.0;
        for (int i = 1; i < close.length; i++) {
            double trueRange = TaMath.trueRange(high[i], low[i], close[i - 1]);
            if (i > period) {
                atr = TaMath.wilder(atr, trueRange, period);
            } else {
                atr += trueRange;
                if (i < period) {
                    continue;
                }
                atr /= period;
            }
            out[i] = atr;
        }
        return out;
    }
}
