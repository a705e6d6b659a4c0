package wave.indicators.volatility;

import wave.indicators.BarIndicator;
import wave.indicators.window.TaMath;
import wave.indicators.window.VolatilityWindow;

/**
 * Garman and Klass' OHLC volatility:
 * {@code sqrt(mean(0.5 ln(high / low)^2 - (2 ln 2 - 1) ln(close / open)^2) * periodsPerYear)} over
 * the last {@code period} bars, a fraction per year.
 *
 * <p>Not in TA-Lib; Garman and Klass (1980). It ignores overnight gaps; a mean that comes out
 * negative (possible on bars with a small range and a large open-to-close move) counts as 0.
 * The mean is updated in O(1) and re-summed every {@code period} bars.
 * Warm-up: {@code period} bars, first valid index {@code period - 1}. The period must be in
 * [1, 100000] and {@code periodsPerYear} finite and positive (252 for daily bars).
 */
public final class GarmanKlassVolatility implements BarIndicator {
    private final int period;
    private final VolatilityWindow window;
    private double value = Double.NaN;

    /** The volatility over {@code period} bars, annualised by {@code periodsPerYear}. */
    public GarmanKlassVolatility(int period, double periodsPerYear) {
        this.window = new VolatilityWindow(period, periodsPerYear);
        this.period = period;
    }

    private static double term(double open, double high, double low, double close) {
        double hl = Math.log(high / low);
        double co = Math.log(close / open);
        return 0.5 * hl * hl - (2.0 * VolatilityWindow.LN2 - 1.0) * co * co;
    }

    /** Feeds the next bar. */
    public void update(double open, double high, double low, double close) {
        if (window.add(term(open, high, low, close))) {
            value = window.volatility();
        }
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(open, high, low, close);
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
    public static double[] compute(double[] open, double[] high, double[] low, double[] close,
            int period, double periodsPerYear) {
        VolatilityWindow window = new VolatilityWindow(period, periodsPerYear);
        int n = TaMath.sameLength("open, high, low and close", open, high, low, close);
        double[] out = TaMath.nans(n);
        for (int i = 0; i < n; i++) {
            if (window.add(term(open[i], high[i], low[i], close[i]))) {
                out[i] = window.volatility();
            }
        }
        return out;
    }
}
