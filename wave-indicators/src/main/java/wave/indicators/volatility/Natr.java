package wave.indicators.volatility;

import wave.indicators.BarIndicator;
import wave.indicators.window.TaMath;

/**
 * Normalized average true range: {@code 100 * ATR / close}, the {@link Atr} as a percentage of
 * the closing price.
 *
 * <p>Equal to TA-Lib's {@code NATR} (unstable period 0): TA-Lib's ATR, and 0 when the close is
 * within 1e-8 of 0. Warm-up: {@code period + 1} bars, first valid index {@code period}. The
 * period must be in [2, 100000]: TA-Lib also admits 1, for which it returns the raw true range
 * without normalizing it.
 */
public final class Natr implements BarIndicator {
    private final int period;
    private final Atr atr;
    private double value = Double.NaN;

    /** An NATR over {@code period} bars (commonly 14). */
    public Natr(int period) {
        this.period = TaMath.period("period", period, 2);
        this.atr = new Atr(period);
    }

    /** Feeds the next bar. */
    public void update(double high, double low, double close) {
        atr.update(high, low, close);
        if (atr.isReady()) {
            value = natr(atr.value(), close);
        }
    }

    private static double natr(double atr, double close) {
        return (-0.00000001 < close && close < 0.00000001) ? 0.0 : (atr / close) * 100.0;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /** The current NATR in percent of the close, or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return atr.isReady();
    }

    @Override
    public int warmupPeriod() {
        return period + 1;
    }

    @Override
    public void reset() {
        atr.reset();
        value = Double.NaN;
    }

    /**
     * The NATR of a whole series, equal bit for bit to feeding the bars to {@link #update}.
     *
     * @return an array as long as the inputs, NaN before index {@code period}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] compute(double[] high, double[] low, double[] close, int period) {
        TaMath.period("period", period, 2);
        double[] out = Atr.compute(high, low, close, period);
        for (int i = period; i < out.length; i++) {
            out[i] = natr(out[i], close[i]);
        }
        return out;
    }
}
