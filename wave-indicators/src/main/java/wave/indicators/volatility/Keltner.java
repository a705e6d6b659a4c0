package wave.indicators.volatility;

import wave.indicators.BarIndicator;
import wave.indicators.average.Ema;
import wave.indicators.window.TaMath;

/**
 * Keltner channel (Raschke's form): an EMA of the close (middle) plus and minus
 * {@code multiplier} times the ATR (upper, lower), in price units.
 *
 * <p>Not in TA-Lib as one function; the middle line is TA-Lib's {@link Ema} and the width
 * TA-Lib's {@link Atr}, so each line equals {@code EMA +/- multiplier * ATR} computed from
 * TA-Lib's outputs. Warm-up: {@code max(emaPeriod, atrPeriod + 1)} bars, first valid index
 * {@code max(emaPeriod - 1, atrPeriod)}. The EMA period must be in [2, 100000], the ATR period
 * in [1, 100000] and the multiplier finite and non-negative (commonly 20, 10 and 2).
 */
public final class Keltner implements BarIndicator {
    private final double multiplier;
    private final Ema ema;
    private final Atr atr;
    private double upper = Double.NaN;
    private double middle = Double.NaN;
    private double lower = Double.NaN;

    /** A Keltner channel: EMA of {@code emaPeriod} closes ± {@code multiplier} ATR({@code atrPeriod}). */
    public Keltner(int emaPeriod, int atrPeriod, double multiplier) {
        check(emaPeriod, atrPeriod, multiplier);
        this.multiplier = multiplier;
        this.ema = new Ema(emaPeriod);
        this.atr = new Atr(atrPeriod);
    }

    private static void check(int emaPeriod, int atrPeriod, double multiplier) {
        TaMath.period("emaPeriod", emaPeriod, 2);
        TaMath.period("atrPeriod", atrPeriod, 1);
        TaMath.nonNegative("multiplier", multiplier);
    }

    /** Feeds the next bar. */
    public void update(double high, double low, double close) {
        ema.update(close);
        atr.update(high, low, close);
        if (ema.isReady() && atr.isReady()) {
            double width = multiplier * atr.value();
            middle = ema.value();
            upper = middle + width;
            lower = middle - width;
        }
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /** The upper line, or NaN before {@link #isReady()}. */
    public double upper() {
        return upper;
    }

    /** The middle line (the EMA), or NaN before {@link #isReady()}. */
    public double middle() {
        return middle;
    }

    /** The lower line, or NaN before {@link #isReady()}. */
    public double lower() {
        return lower;
    }

    @Override
    public boolean isReady() {
        return ema.isReady() && atr.isReady();
    }

    @Override
    public int warmupPeriod() {
        return Math.max(ema.warmupPeriod(), atr.warmupPeriod());
    }

    @Override
    public void reset() {
        ema.reset();
        atr.reset();
        upper = Double.NaN;
        middle = Double.NaN;
        lower = Double.NaN;
    }

    /**
     * The Keltner channel of a whole series, equal bit for bit to feeding the bars to
     * {@link #update}.
     *
     * @return the three lines, as long as the inputs, NaN before index
     *     {@code max(emaPeriod - 1, atrPeriod)}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static Channel compute(double[] high, double[] low, double[] close, int emaPeriod,
            int atrPeriod, double multiplier) {
        check(emaPeriod, atrPeriod, multiplier);
        double[] ema = Ema.compute(close, emaPeriod);
        double[] atr = Atr.compute(high, low, close, atrPeriod);
        int n = close.length;
        double[] upper = TaMath.nans(n);
        double[] middle = TaMath.nans(n);
        double[] lower = TaMath.nans(n);
        for (int i = Math.max(emaPeriod - 1, atrPeriod); i < n; i++) {
            double width = multiplier * atr[i];
            middle[i] = ema[i];
            upper[i] = ema[i] + width;
            lower[i] = ema[i] - width;
        }
        return new Channel(upper, middle, lower);
    }
}
