package wave.indicators;

/**
 * Awesome oscillator (Bill Williams): {@code SMA(median price, fast) - SMA(median price, slow)}
 * with median price {@code (high + low) / 2}, in price units.
 *
 * <p>Not in TA-Lib; Williams' definition uses 5 and 34 bars. Each SMA is TA-Lib's (running sum
 * in {@link Sma}'s order) of {@link PriceField#HL2}. Warm-up: {@code slow} bars, first valid
 * index {@code slow - 1}. Both periods must be in [2, 100000] with {@code fast < slow}.
 */
public final class AwesomeOscillator implements BarIndicator {
    private final int slow;
    private final SmaState fastAverage;
    private final SmaState slowAverage;
    private double value = Double.NaN;

    /** Williams' awesome oscillator, 5 and 34 bars. */
    public AwesomeOscillator() {
        this(5, 34);
    }

    /** An awesome oscillator with the given fast and slow periods. */
    public AwesomeOscillator(int fast, int slow) {
        TaMath.fastSlow(fast, slow);
        this.slow = slow;
        this.fastAverage = new SmaState(fast);
        this.slowAverage = new SmaState(slow);
    }

    /** Feeds the next bar. */
    public void update(double high, double low) {
        double median = (high + low) / 2;
        fastAverage.update(median);
        if (slowAverage.update(median)) {
            value = fastAverage.value() - slowAverage.value();
        }
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low);
    }

    /** The current oscillator, in price units, or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return slowAverage.isReady();
    }

    @Override
    public int warmupPeriod() {
        return slow;
    }

    @Override
    public void reset() {
        fastAverage.reset();
        slowAverage.reset();
        value = Double.NaN;
    }

    /**
     * The awesome oscillator of a whole series, equal bit for bit to feeding the bars to
     * {@link #update}.
     *
     * @return an array as long as the inputs, NaN before index {@code slow - 1}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] compute(double[] high, double[] low, int fast, int slow) {
        TaMath.fastSlow(fast, slow);
        int n = TaMath.sameLength("high and low", high, low);
        double[] median = new double[n];
        for (int i = 0; i < n; i++) {
            median[i] = (high[i] + low[i]) / 2;
        }
        double[] fastSma = TaMath.smaFrom(median, 0, fast);
        double[] slowSma = TaMath.smaFrom(median, 0, slow);
        double[] out = TaMath.nans(n);
        for (int i = slow - 1; i < n; i++) {
            out[i] = fastSma[i] - slowSma[i];
        }
        return out;
    }
}
