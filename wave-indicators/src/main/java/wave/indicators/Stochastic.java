package wave.indicators;

/**
 * The slow stochastic oscillator (Lane): raw %K {@code = 100 * (close - lowest low) / (highest
 * high - lowest low)} over {@code fastK} bars, slow %K its SMA over {@code slowK} bars and slow %D
 * the SMA of slow %K over {@code slowD} bars.
 *
 * <p>Equal to TA-Lib's {@code STOCH} with SMA smoothing for both lines (TA-Lib's defaults 5, 3,
 * 3): raw %K is {@code (close - lowest) / ((highest - lowest) / 100)} and 0 over a flat window,
 * and, as in TA-Lib, both outputs start together once %D exists. Warm-up:
 * {@code fastK + slowK + slowD - 2} bars, first valid index {@code fastK + slowK + slowD - 3}.
 * Each period must be in [1, 100000] as in TA-Lib (a period of 1 is no smoothing).
 */
public final class Stochastic implements BarIndicator {
    private final int fastK;
    private final int slowK;
    private final int slowD;
    private final RollingExtreme highest;
    private final RollingExtreme lowest;
    private final SmaState kAverage;
    private final SmaState dAverage;
    private double k = Double.NaN;
    private double d = Double.NaN;

    /** A slow stochastic over {@code fastK} bars, smoothed over {@code slowK} and {@code slowD}. */
    public Stochastic(int fastK, int slowK, int slowD) {
        check(fastK, slowK, slowD);
        this.fastK = fastK;
        this.slowK = slowK;
        this.slowD = slowD;
        this.highest = new RollingExtreme(fastK, true, true);
        this.lowest = new RollingExtreme(fastK, false, true);
        this.kAverage = new SmaState(slowK);
        this.dAverage = new SmaState(slowD);
    }

    private static void check(int fastK, int slowK, int slowD) {
        TaMath.period("fastK", fastK, 1);
        TaMath.period("slowK", slowK, 1);
        TaMath.period("slowD", slowD, 1);
    }

    /** Feeds the next bar. */
    public void update(double high, double low, double close) {
        highest.update(high);
        lowest.update(low);
        if (highest.count() < fastK) {
            return;
        }
        double rawK = TaMath.stochK(close, highest.value(), lowest.value());
        if (kAverage.update(rawK) && dAverage.update(kAverage.value())) {
            k = kAverage.value();
            d = dAverage.value();
        }
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low, close);
    }

    /** Slow %K in [0, 100], or NaN before {@link #isReady()}. */
    public double k() {
        return k;
    }

    /** Slow %D in [0, 100], or NaN before {@link #isReady()}. */
    public double d() {
        return d;
    }

    @Override
    public boolean isReady() {
        return dAverage.isReady();
    }

    @Override
    public int warmupPeriod() {
        return fastK + slowK + slowD - 2;
    }

    @Override
    public void reset() {
        highest.reset();
        lowest.reset();
        kAverage.reset();
        dAverage.reset();
        k = Double.NaN;
        d = Double.NaN;
    }

    /**
     * The slow stochastic of a whole series, equal bit for bit to feeding the bars to
     * {@link #update}.
     *
     * @return %K and %D, as long as the inputs, NaN before index {@code fastK + slowK + slowD - 3}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static StochasticSeries compute(double[] high, double[] low, double[] close, int fastK,
            int slowK, int slowD) {
        check(fastK, slowK, slowD);
        int n = TaMath.sameLength("high, low and close", high, low, close);
        double[] rawK = StochasticFast.rawK(high, low, close, 0, fastK);
        double[] k = TaMath.smaFrom(rawK, fastK - 1, slowK);
        double[] d = TaMath.smaFrom(k, fastK + slowK - 2, slowD);
        for (int i = 0; i < Math.min(n, fastK + slowK + slowD - 3); i++) {
            k[i] = Double.NaN;
        }
        return new StochasticSeries(k, d);
    }
}
