package wave.indicators;

/**
 * The fast stochastic oscillator (Lane): %K {@code = 100 * (close - lowest low) / (highest high
 * - lowest low)} over {@code fastK} bars and %D its SMA over {@code fastD} bars.
 *
 * <p>Equal to TA-Lib's {@code STOCHF} with SMA smoothing (TA-Lib's defaults 5, 3): %K is
 * {@code (close - lowest) / ((highest - lowest) / 100)} and 0 over a flat window, and, as in
 * TA-Lib, both outputs start together once %D exists. Warm-up: {@code fastK + fastD - 1} bars,
 * first valid index {@code fastK + fastD - 2}. Each period must be in [1, 100000] as in TA-Lib.
 */
public final class StochasticFast implements BarIndicator {
    private final int fastK;
    private final int fastD;
    private final RollingExtreme highest;
    private final RollingExtreme lowest;
    private final SmaState dAverage;
    private double k = Double.NaN;
    private double d = Double.NaN;

    /** A fast stochastic over {@code fastK} bars, %D over {@code fastD}. */
    public StochasticFast(int fastK, int fastD) {
        check(fastK, fastD);
        this.fastK = fastK;
        this.fastD = fastD;
        this.highest = new RollingExtreme(fastK, true, true);
        this.lowest = new RollingExtreme(fastK, false, true);
        this.dAverage = new SmaState(fastD);
    }

    private static void check(int fastK, int fastD) {
        TaMath.period("fastK", fastK, 1);
        TaMath.period("fastD", fastD, 1);
    }

    /** Feeds the next bar. */
    public void update(double high, double low, double close) {
        highest.update(high);
        lowest.update(low);
        if (highest.count() < fastK) {
            return;
        }
        double rawK = TaMath.stochK(close, highest.value(), lowest.value());
        if (dAverage.update(rawK)) {
            k = rawK;
            d = dAverage.value();
        }
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /** Fast %K in [0, 100], or NaN before {@link #isReady()}. */
    public double k() {
        return k;
    }

    /** Fast %D in [0, 100], or NaN before {@link #isReady()}. */
    public double d() {
        return d;
    }

    @Override
    public boolean isReady() {
        return dAverage.isReady();
    }

    @Override
    public int warmupPeriod() {
        return fastK + fastD - 1;
    }

    @Override
    public void reset() {
        highest.reset();
        lowest.reset();
        dAverage.reset();
        k = Double.NaN;
        d = Double.NaN;
    }

    /** Raw %K of the bars from index {@code from}, valid from {@code from + fastK - 1}. */
    static double[] rawK(double[] high, double[] low, double[] close, int from, int fastK) {
        double[] highest = TaMath.rolling(high, from, fastK, true);
        double[] lowest = TaMath.rolling(low, from, fastK, false);
        double[] k = TaMath.nans(close.length);
        for (int i = from + fastK - 1; i < close.length; i++) {
            k[i] = TaMath.stochK(close[i], highest[i], lowest[i]);
        }
        return k;
    }

    /**
     * The fast stochastic of a whole series, equal bit for bit to feeding the bars to
     * {@link #update}.
     *
     * @return %K and %D, as long as the inputs, NaN before index {@code fastK + fastD - 2}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static StochasticSeries compute(double[] high, double[] low, double[] close, int fastK,
            int fastD) {
        check(fastK, fastD);
        int n = TaMath.sameLength("high, low and close", high, low, close);
        double[] k = rawK(high, low, close, 0, fastK);
        double[] d = TaMath.smaFrom(k, fastK - 1, fastD);
        for (int i = 0; i < Math.min(n, fastK + fastD - 2); i++) {
            k[i] = Double.NaN;
        }
        return new StochasticSeries(k, d);
    }
}
