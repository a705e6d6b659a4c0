package wave.indicators.volatility;

import wave.indicators.BarIndicator;
import wave.indicators.window.TaMath;
import wave.indicators.window.VolatilityWindow;

/**
 * Parkinson's range volatility: {@code sqrt(mean(ln(high / low)^2) / (4 ln 2) * periodsPerYear)}
 * over the last {@code period} bars, a fraction per year.
 *
 * <p>Not in TA-Lib; Parkinson (1980). It uses only highs and lows, so it ignores overnight
 * gaps. The mean is updated in O(1) and re-summed every {@code period} bars.
 * Warm-up: {@code period} bars, first valid index {@code period - 1}. The period must be in
 * [1, 100000] and {@code periodsPerYear} finite and positive (252 for daily bars).
 */
public final class ParkinsonVolatility implements BarIndicator {
    private final int period;
    private final VolatilityWindow window;
    private double value = Double.NaN;

    /** The volatility over {@code period} bars, annualised by {@code periodsPerYear}. */
    public ParkinsonVolatility(int period, double periodsPerYear) {
        this.window = new VolatilityWindow(period, periodsPerYear);
        this.period = period;
    }

    private static double term(double high, double low) {
        double hl = Math.log(high / low);
        return hl * hl / (4.0 * VolatilityWindow.LN2);
    }

    /** Feeds the next bar. */
    public void update(double high, double low) {
        if (window.add(term(high, low))) {
            value = window.volatility();
        }
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low);
    }

    /** The annualised volatility as a fraction, or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return window.isFull();
    }

    @Override
    public int warmupPeriod() {
        return period;
    }

    @Override
    public void reset() {
        window.reset();
        value = Double.NaN;
    }

    /**
     * The volatility of a whole series, equal bit for bit to feeding the bars to
     * {@link #update}.
     *
     * @return an array as long as the inputs, NaN before index {@code period - 1}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] compute(double[] high, double[] low, int period, double periodsPerYear) {
        VolatilityWindow window = new VolatilityWindow(period, periodsPerYear);
        int n = TaMath.sameLength("high and low", high, low);
        double[] out = TaMath.nans(n);
        for (int i = 0; i < n; i++) {
            if (window.add(term(high[i], low[i]))) {
                out[i] = window.volatility();
            }
        }
        return out;
    }
}
