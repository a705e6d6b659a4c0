package wave.indicators;

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
    private static final double LN2 = Math.log(2.0);

    private final int period;
    private final double periodsPerYear;
    private final WindowSums terms;
    private double value = Double.NaN;

    /** The volatility over {@code period} bars, annualised by {@code periodsPerYear}. */
    public GarmanKlassVolatility(int period, double periodsPerYear) {
        check(period, periodsPerYear);
        this.period = period;
        this.periodsPerYear = periodsPerYear;
        this.terms = new WindowSums(period);
    }

    private static void check(int period, double periodsPerYear) {
        TaMath.period("period", period, 1);
        TaMath.positive("periodsPerYear", periodsPerYear);
    }

    private static double term(double open, double high, double low, double close) {
        double hl = Math.log(high / low);
        double co = Math.log(close / open);
        return 0.5 * hl * hl - (2.0 * LN2 - 1.0) * co * co;
    }

    private static double volatility(double sum, int period, double periodsPerYear) {
        double mean = sum / period;
        return mean > 0.0 ? Math.sqrt(mean * periodsPerYear) : 0.0;
    }

    /** Feeds the next bar. */
    public void update(double open, double high, double low, double close) {
        if (terms.add(term(open, high, low, close))) {
            value = volatility(terms.sum(), period, periodsPerYear);
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
        return terms.isFull();
    }

    @Override
    public int warmupPeriod() {
        return period;
    }

    @Override
    public void reset() {
        terms.reset();
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
        check(period, periodsPerYear);
        int n = TaMath.sameLength("open, high, low and close", open, high, low, close);
        double[] out = TaMath.nans(n);
        WindowSums terms = new WindowSums(period);
        for (int i = 0; i < n; i++) {
            if (terms.add(term(open[i], high[i], low[i], close[i]))) {
                out[i] = volatility(terms.sum(), period, periodsPerYear);
            }
        }
        return out;
    }
}
