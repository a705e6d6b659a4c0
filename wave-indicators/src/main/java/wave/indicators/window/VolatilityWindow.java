package wave.indicators.window;

import wave.indicators.volatility.GarmanKlassVolatility;
import wave.indicators.volatility.ParkinsonVolatility;

/**
 * The annualised root mean of a per-bar variance term over the last {@code period} bars,
 * {@code sqrt(mean * periodsPerYear)} and 0 for a mean that is not positive, from
 * {@link WindowSums}; the estimators {@link ParkinsonVolatility} and
 * {@link GarmanKlassVolatility} differ only in the term.
 */
public final class VolatilityWindow {
    /** {@code ln 2}, which both estimators' terms use. */
    public static final double LN2 = Math.log(2.0);

    private final int period;
    private final double periodsPerYear;
    private final WindowSums terms;

    public VolatilityWindow(int period, double periodsPerYear) {
        check(period, periodsPerYear);
        this.period = period;
        this.periodsPerYear = periodsPerYear;
        this.terms = new WindowSums(period);
    }

    /** Checks a period in [1, 100000] and a finite, positive {@code periodsPerYear}. */
    public static void check(int period, double periodsPerYear) {
        TaMath.period("period", period, 1);
        TaMath.positive("periodsPerYear", periodsPerYear);
    }

    /** Adds the next bar's term; true once the window is full. */
    public boolean add(double term) {
        return terms.add(term);
    }

    /** The annualised volatility of the window; only meaningful once {@link #isFull()}. */
    public double volatility() {
        double mean = terms.sum() / period;
        return mean > 0.0 ? Math.sqrt(mean * periodsPerYear) : 0.0;
    }

    public boolean isFull() {
        return terms.isFull();
    }

    public void reset() {
        terms.reset();
    }
}
