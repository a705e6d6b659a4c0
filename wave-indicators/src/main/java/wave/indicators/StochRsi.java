package wave.indicators;

/**
 * Stochastic RSI (Chande and Kroll): the fast stochastic of the RSI, %K {@code = 100 * (rsi -
 * lowest rsi) / (highest rsi - lowest rsi)} over {@code fastK} RSI values and %D its SMA over
 * {@code fastD}.
 *
 * <p>Equal to TA-Lib's {@code STOCHRSI} with SMA smoothing (TA-Lib's defaults 14, 5, 3): the
 * {@link Rsi} as TA-Lib computes it, then {@code STOCHF} on it with the RSI as high, low and
 * close, %K 0 over a flat window; both outputs start together once %D exists. Warm-up:
 * {@code period + fastK + fastD - 1} values, first valid index {@code period + fastK + fastD - 2}.
 * The RSI period must be in [2, 100000], {@code fastK} and {@code fastD} in [1, 100000].
 */
public final class StochRsi implements ValueIndicator {
    private final int period;
    private final int fastK;
    private final int fastD;
    private final PriceField field;
    private final Rsi rsi;
    private final RollingExtreme highest;
    private final RollingExtreme lowest;
    private final SmaState dAverage;
    private double k = Double.NaN;
    private double d = Double.NaN;

    /** A stochastic RSI of closing prices. */
    public StochRsi(int period, int fastK, int fastD) {
        this(period, fastK, fastD, PriceField.CLOSE);
    }

    /** A stochastic RSI of the given bar field. */
    public StochRsi(int period, int fastK, int fastD, PriceField field) {
        check(period, fastK, fastD);
        this.period = period;
        this.fastK = fastK;
        this.fastD = fastD;
        this.field = field;
        this.rsi = new Rsi(period);
        this.highest = new RollingExtreme(fastK, true, true);
        this.lowest = new RollingExtreme(fastK, false, true);
        this.dAverage = new SmaState(fastD);
    }

    private static void check(int period, int fastK, int fastD) {
        TaMath.period("period", period, 2);
        TaMath.period("fastK", fastK, 1);
        TaMath.period("fastD", fastD, 1);
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        rsi.update(x);
        if (!rsi.isReady()) {
            return;
        }
        double r = rsi.value();
        highest.update(r);
        lowest.update(r);
        if (highest.count() < fastK) {
            return;
        }
        double rawK = TaMath.stochK(r, highest.value(), lowest.value());
        if (dAverage.update(rawK)) {
            k = rawK;
            d = dAverage.value();
        }
    }

    @Override
    public PriceField field() {
        return field;
    }

    /** %K in [0, 100], or NaN before {@link #isReady()}. */
    public double k() {
        return k;
    }

    /** %D in [0, 100], or NaN before {@link #isReady()}. */
    public double d() {
        return d;
    }

    @Override
    public boolean isReady() {
        return dAverage.isReady();
    }

    @Override
    public int warmupPeriod() {
        return period + fastK + fastD - 1;
    }

    @Override
    public void reset() {
        rsi.reset();
        highest.reset();
        lowest.reset();
        dAverage.reset();
        k = Double.NaN;
        d = Double.NaN;
    }

    /**
     * The stochastic RSI of a whole series, equal bit for bit to feeding {@code values} to
     * {@link #update}.
     *
     * @return %K and %D, as long as {@code values}, NaN before index
     *     {@code period + fastK + fastD - 2}
     */
    public static StochasticSeries compute(double[] values, int period, int fastK, int fastD) {
        check(period, fastK, fastD);
        double[] r = Rsi.compute(values, period);
        double[] k = StochasticFast.rawK(r, r, r, period, fastK);
        double[] d = TaMath.smaFrom(k, period + fastK - 1, fastD);
        for (int i = 0; i < Math.min(values.length, period + fastK + fastD - 2); i++) {
            k[i] = Double.NaN;
        }
        return new StochasticSeries(k, d);
    }
}
