package wave.data.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;

/**
 * Generates coherent synthetic OHLCV bars for one or more correlated instruments.
 *
 * <p>Model, per bar {@code t} and instrument {@code i}:
 * <ul>
 *   <li>a market-wide {@link Regime} follows the configured Markov chain;</li>
 *   <li>GARCH(1,1) variance {@code h = omega + alpha * e^2 + beta * h}, shock {@code e = sqrt(h) * z} where
 *       {@code z = L n} are standard normals correlated through the Cholesky factor {@code L} of the
 *       correlation matrix;</li>
 *   <li>log return {@code r = drift - kappa * (logPrice - regimeStartLogPrice) + volMultiplier * e}, plus a
 *       jump with the configured probability; log prices are kept within [tick, 10^7];</li>
 *   <li>close {@code = exp(logPrice)}; open {@code = previous close * exp(0.1 * sigma * n)} (a small gap);
 *       high and low extend {@code max/min(open, close)} by {@code exp(0.5 * sigma * |n|)}; all rounded to the
 *       tick (high up, low down), so {@code low <= min(open, close) <= max(open, close) <= high} and every
 *       price is at least one tick;</li>
 *   <li>volume {@code = meanVolume * lognormal(0.5) * (0.6 + 0.5 |z|)}, a whole number {@code >= 1}.</li>
 * </ul>
 * Timestamps (UTC): intraday bars every {@code spec.duration()} around the clock (24/7, which is fine for
 * synthetic data); daily bars at 00:00 on weekdays, a weekend start moving to Monday; weekly bars every
 * {@code 7 * count} days and monthly bars every {@code count} months from the start date.
 *
 * <p>The random stream is {@code L64X128MixRandom} seeded with {@link SyntheticMarketConfig#seed()}: the same
 * configuration always gives the same bars.
 */
public final class SyntheticMarket {
    private static final double OPEN_GAP_VOL_FRACTION = 0.1;
    private static final double WICK_VOL_FRACTION = 0.5;
    private static final double VOLUME_LOG_STD = 0.5;
    private static final double MAX_PRICE = 1e7;

    private SyntheticMarket() {
    }

    /** Generates the configured bars. */
    public static GeneratedMarket generate(SyntheticMarketConfig config) {
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(config.seed());
        int m = config.instruments().size();
        int bars = config.bars();
        double[][] chol = Cholesky.factor(config.correlation());
        double omega = config.garch().omega();
        double alpha = config.garch().alpha();
        double beta = config.garch().beta();
        double jumpIntensity = config.jumps().intensityPerBar();
        double jumpMean = config.jumps().meanLogSize();
        double jumpStd = config.jumps().stdLogSize();
        double[][] transition = config.regimes().transition();
        Regime[] all = Regime.values();
        double[] drift = new double[all.length];
        double[] kappa = new double[all.length];
        double[] volMultiplier = new double[all.length];
        for (Regime regime : all) {
            RegimeBehaviour behaviour = config.regimes().behaviours().get(regime);
            drift[regime.ordinal()] = behaviour.driftPerBar();
            kappa[regime.ordinal()] = behaviour.meanReversionPerBar();
            volMultiplier[regime.ordinal()] = behaviour.volMultiplier();
        }
        long tickRaw = config.tickRaw();
        double tick = FixedPoint.priceToDouble(tickRaw);
        double minLog = Math.log(tick);
        double maxLog = Math.log(MAX_PRICE);
        double volumeScale = config.meanVolume() * Math.exp(-VOLUME_LOG_STD * VOLUME_LOG_STD / 2);

        double[] logPrice = new double[m];
        double[] anchor = new double[m];
        double[] variance = new double[m];
        double[] shock = new double[m];
        long[] previousClose = new long[m];
        double[] normals = new double[m];
        BarSeries.Builder[] builders = new BarSeries.Builder[m];
        double[] startPrices = config.startPrices();
        for (int i = 0; i < m; i++) {
            previousClose[i] = Math.max(1, Math.round(startPrices[i] / tick));
            logPrice[i] = Math.log(previousClose[i] * tick);
            anchor[i] = logPrice[i];
            variance[i] = config.garch().unconditionalVariance();
            builders[i] = BarSeries.builder(config.instruments().get(i), config.spec(), bars);
        }
        byte[] regimes = new byte[bars];
        BarClock clock = new BarClock(config.spec(), config.start());
        int regime = config.regimes().initial().ordinal();
        double trendSign = regime == Regime.TRENDING.ordinal() ? sign(rng) : 1;

        for (int t = 0; t < bars; t++) {
            if (t > 0) {
                int next = nextRegime(transition[regime], rng.nextDouble());
                if (next != regime) {
                    regime = next;
                    System.arraycopy(logPrice, 0, anchor, 0, m);
                    trendSign = regime == Regime.TRENDING.ordinal() ? sign(rng) : 1;
                }
            }
            regimes[t] = (byte) regime;
            long ts = clock.next();
            for (int i = 0; i < m; i++) {
                normals[i] = rng.nextGaussian();
            }
            for (int i = 0; i < m; i++) {
                double z = 0;
                for (int j = 0; j <= i; j++) {
                    z += chol[i][j] * normals[j];
                }
                if (t > 0) {
                    variance[i] = omega + alpha * shock[i] * shock[i] + beta * variance[i];
                }
                double sigma = Math.sqrt(variance[i]);
                shock[i] = sigma * z;
                double barVol = sigma * volMultiplier[regime];
                double r = trendSign * drift[regime] - kappa[regime] * (logPrice[i] - anchor[i]) + barVol * z;
                if (jumpIntensity > 0 && rng.nextDouble() < jumpIntensity) {
                    r += jumpMean + jumpStd * rng.nextGaussian();
                }
                logPrice[i] = Math.min(maxLog, Math.max(minLog, logPrice[i] + r));

                long close = Math.max(1, Math.round(Math.exp(logPrice[i]) / tick));
                long open = Math.max(1, Math.round(previousClose[i] * Math.exp(OPEN_GAP_VOL_FRACTION * barVol * rng.nextGaussian())));
                long top = Math.max(open, close);
                long bottom = Math.min(open, close);
                long high = Math.max(top, (long) Math.ceil(top * Math.exp(WICK_VOL_FRACTION * barVol * Math.abs(rng.nextGaussian()))));
                long low = Math.max(1, Math.min(bottom,
                        (long) Math.floor(bottom * Math.exp(-WICK_VOL_FRACTION * barVol * Math.abs(rng.nextGaussian())))));
                double volume = Math.max(1, Math.rint(volumeScale * Math.exp(VOLUME_LOG_STD * rng.nextGaussian())
                        * (0.6 + 0.5 * Math.abs(z))));
                builders[i].add(ts, Math.multiplyExact(open, tickRaw), Math.multiplyExact(high, tickRaw), Math.multiplyExact(low, tickRaw),
                        Math.multiplyExact(close, tickRaw), volume); // within the price range in both ranges (1e7 at most)
                previousClose[i] = close;
            }
        }
        List<BarSeries> series = new ArrayList<>(m);
        for (BarSeries.Builder builder : builders) {
            series.add(builder.build());
        }
        return new GeneratedMarket(series, regimes);
    }

    private static double sign(RandomGenerator rng) {
        return rng.nextBoolean() ? 1 : -1;
    }

    private static int nextRegime(double[] row, double u) {
        double cumulative = 0;
        for (int k = 0; k < row.length - 1; k++) {
            cumulative += row[k];
            if (u < cumulative) {
                return k;
            }
        }
        return row.length - 1;
    }
}
