package wave.indicators.momentum;

import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.window.GainLossAverages;
import wave.indicators.window.TaMath;

/**
 * Relative strength index: {@code 100 * avgGain / (avgGain + avgLoss)} over the changes of
 * the input, with Wilder smoothing.
 *
 * <p>As in TA-Lib's {@code RSI} (unstable period 0, default compatibility): the first averages
 * are the plain means of the first {@code period} changes, later ones are Wilder-smoothed
 * ({@code avg = (avg * (period - 1) + x) / period}); when both averages sum to less than 1e-8
 * (a flat series) the RSI is 0, not 50. Warm-up: {@code period + 1} values, first valid index
 * {@code period}. The period must be in [2, 100000] as in TA-Lib.
 */
public final class Rsi implements ValueIndicator {
    private final int period;
    private final PriceField field;
    private final GainLossAverages averages;
    private double value = Double.NaN;

    /** An RSI of closing prices. */
    public Rsi(int period) {
        this(period, PriceField.CLOSE);
    }

    /** An RSI of the given bar field. */
    public Rsi(int period, PriceField field) {
        this.period = TaMath.period("period", period, 2);
        this.field = field;
        this.averages = new GainLossAverages(period);
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        if (averages.update(x)) {
            value = TaMath.rsi(averages.gain(), averages.loss());
        }
    }


    /** The current RSI in [0, 100], or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public PriceField field() {
        return field;
    }

    @Override
    public boolean isReady() {
        return averages.isReady();
    }

    @Override
    public int warmupPeriod() {
        return period + 1;
    }

    @Override
    public void reset() {
        averages.reset();
        value = Double.NaN;
    }

    /**
     * The RSI of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code period}
     */
    public static double[] compute(double[] values, int period) {
        return compute(values, period, new double[values.length]);
    }

    /**
     * The array form written into a caller's array (no allocation).
     *
     * @param out receives the values, NaN before the first valid index; same length as {@code values}
     * @return {@code out}
     */
    public static double[] compute(double[] values, int period, double[] out) {
        TaMath.period("period", period, 2);
        TaMath.sameLength(values, out);
        GainLossAverages averages = new GainLossAverages(period);
        for (int i = 0; i < values.length; i++) {
            out[i] = averages.update(values[i]) ? TaMath.rsi(averages.gain(), averages.loss()) : Double.NaN;
        }
        return out;
    }
}
