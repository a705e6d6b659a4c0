package wave.research.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Buy-and-hold of ORCL's daily Close 1995-2014 (5036 bars) checked metric by metric against a straightforward,
 * independent reference: exact BigDecimal returns and sums at 50 digits, moments from raw power sums, the
 * percentile's order statistics found by counting, the drawdown by a quadratic search. Agreement is required to
 * 1e-12 relative.
 */
class OrclCrossCheckTest {
    private static final String FILE = "backtrader/orcl-1995-2014.txt";
    private static final MathContext MC = new MathContext(50);
    private static final double REL = 1e-12;

    private static LocalDate[] dates;
    private static long[] ts;
    private static double[] close;

    @BeforeAll
    static void load() throws IOException {
        Path file = dataFile();
        if (!Files.isRegularFile(file)) {
            String message = "market data file not found: " + file.toAbsolutePath().normalize();
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " (required when CI=true)");
            }
            Assumptions.abort(message + "; set WAVE_SHARED_DATA to the shared data folder to run this test");
        }
        List<String> lines = Files.readAllLines(file); // Date,Open,High,Low,Close,Adj Close,Volume
        int n = lines.size() - 1;
        dates = new LocalDate[n];
        ts = new long[n];
        close = new double[n];
        for (int i = 0; i < n; i++) {
            String[] cells = lines.get(i + 1).strip().split(",");
            dates[i] = LocalDate.parse(cells[0]);
            ts[i] = dates[i].atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1_000_000_000L;
            close[i] = Double.parseDouble(cells[4]);
        }
    }

    /** {@code $WAVE_SHARED_DATA/backtrader/...}, else {@code ../../shared/data/backtrader/...} from the module. */
    private static Path dataFile() {
        String configured = System.getenv("WAVE_SHARED_DATA");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("../../shared/data");
        return root.resolve(FILE);
    }

    @Test
    void fileHasTheDocumentedShape() {
        assertThat(close).hasSize(5036);
        assertThat(dates[0]).isEqualTo(LocalDate.of(1995, 1, 3));
        assertThat(dates[5035]).isEqualTo(LocalDate.of(2014, 12, 31));
    }

    /** Values pinned from numpy (float64) on the same Close column; a change that moves them must say why. */
    @Test
    void pinnedValues() {
        PerformanceReport r = PerformanceMetrics.compute(MetricsInput.buyAndHold(ts, close), MetricsConfig.daily());

        assertThat(r.bars()).isEqualTo(5036);
        assertThat(r.startEquity()).isEqualTo(2.117284);
        assertThat(r.endEquity()).isEqualTo(44.970001);
        assertThat(r.totalReturn()).isCloseTo(20.239475195580752, within(20.24 * REL));
        assertThat(r.cagr()).isCloseTo(0.1652606610085241, within(0.165 * REL));
        assertThat(r.annualVolatility()).isCloseTo(0.4624378567054547, within(0.46 * REL));
        assertThat(r.sharpe()).isCloseTo(0.5614500698938754, within(0.56 * REL));
        assertThat(r.sortino()).isCloseTo(0.8429469970472052, within(0.84 * REL));
        assertThat(r.maxDrawdown()).isCloseTo(0.8419433198380567, within(0.84 * REL));
        assertThat(r.valueAtRisk()).isCloseTo(0.04227730142175244, within(0.042 * REL));
        assertThat(r.conditionalValueAtRisk()).isCloseTo(0.06373903255966734, within(0.064 * REL));
        assertThat(r.skew()).isCloseTo(0.34631893709785566, within(0.35 * REL));
        assertThat(r.excessKurtosis()).isCloseTo(9.927537350995987, within(9.9 * 1e-11));

        // The dot-com crash: peak 46.3125 on 2000-09-01, trough 7.32 on 2002-06-03, not recovered by 2014-12-31.
        Drawdown dd = r.drawdown();
        assertThat(dates[dd.peakIndex()]).isEqualTo(LocalDate.of(2000, 9, 1));
        assertThat(close[dd.peakIndex()]).isEqualTo(46.3125);
        assertThat(dates[dd.troughIndex()]).isEqualTo(LocalDate.of(2002, 6, 3));
        assertThat(dd.recovered()).isFalse();
        assertThat(dd.durationBars()).isEqualTo(3603);
        assertThat(dd.durationDays()).isEqualTo(5234.0);
        assertThat(r.toMap()).containsEntry("max_drawdown_peak_time", "2000-09-01T00:00:00Z")
                .containsEntry("max_drawdown_trough_time", "2002-06-03T00:00:00Z")
                .containsEntry("max_drawdown_recovery_time", null);
    }

    @Test
    void everyMetricMatchesTheReferenceWithoutRiskFreeRate() {
        crossCheck(MetricsConfig.daily());
    }

    @Test
    void everyMetricMatchesTheReferenceWithRiskFreeRateAndOtherConfidence() {
        crossCheck(new MetricsConfig(252, 0.03, 0.99));
    }

    private static void crossCheck(MetricsConfig cfg) {
        PerformanceReport r = PerformanceMetrics.compute(MetricsInput.buyAndHold(ts, close), cfg);
        Reference ref = new Reference(close, cfg);

        assertThat(r.bars()).isEqualTo(close.length);
        assertThat(r.startTsNanos()).isEqualTo(ts[0]);
        assertThat(r.endTsNanos()).isEqualTo(ts[ts.length - 1]);
        assertThat(r.startEquity()).isEqualTo(close[0]);
        assertThat(r.endEquity()).isEqualTo(close[close.length - 1]);
        assertRelative("total return", r.totalReturn(), ref.totalReturn);
        assertRelative("cagr", r.cagr(), ref.cagr);
        assertRelative("annual volatility", r.annualVolatility(), ref.annualVolatility);
        assertRelative("sharpe", r.sharpe(), ref.sharpe);
        assertRelative("sortino", r.sortino(), ref.sortino);
        assertRelative("max drawdown", r.maxDrawdown(), ref.maxDrawdown);
        assertRelative("calmar", r.calmar(), ref.cagr / ref.maxDrawdown);
        assertRelative("value at risk", r.valueAtRisk(), ref.valueAtRisk);
        assertRelative("conditional value at risk", r.conditionalValueAtRisk(), ref.conditionalValueAtRisk);
        assertRelative("skew", r.skew(), ref.skew);
        assertRelative("excess kurtosis", r.excessKurtosis(), ref.excessKurtosis);

        Drawdown dd = r.drawdown();
        assertThat(dd.peakIndex()).as("peak").isEqualTo(ref.peak);
        assertThat(dd.peakTsNanos()).isEqualTo(ts[ref.peak]);
        assertThat(dd.troughIndex()).as("trough").isEqualTo(ref.trough);
        assertThat(dd.troughTsNanos()).isEqualTo(ts[ref.trough]);
        assertThat(dd.recoveryIndex()).as("recovery").isEqualTo(ref.recovery < 0 ? null : ref.recovery);
        int end = ref.recovery < 0 ? close.length - 1 : ref.recovery;
        assertThat(dd.durationBars()).isEqualTo(end - ref.peak);
        assertThat(dd.durationDays()).isEqualTo((double) ChronoUnit.DAYS.between(dates[ref.peak], dates[end]));

        // Buy and hold: no trades, always in the market, nothing traded after the initial purchase.
        assertThat(r.closedTrades()).isZero();
        assertThat(r.winRate()).isNaN();
        assertThat(r.profitFactor()).isNaN();
        assertThat(r.averageWin()).isNaN();
        assertThat(r.averageLoss()).isNaN();
        assertThat(r.expectancy()).isNaN();
        assertThat(r.bestTrade()).isNaN();
        assertThat(r.worstTrade()).isNaN();
        assertThat(r.exposure()).isEqualTo(1.0);
        assertThat(r.turnover()).isZero();
        assertThat(r.totalFees()).isZero();
    }

    private static void assertRelative(String name, double actual, double expected) {
        assertThat(actual).as(name).isCloseTo(expected, within(Math.abs(expected) * REL));
    }

    /** The reference computation: exact decimal arithmetic, simple loops, no shared code with the library. */
    private static final class Reference {
        final double totalReturn;
        final double cagr;
        final double annualVolatility;
        final double sharpe;
        final double sortino;
        final double maxDrawdown;
        final int peak;
        final int trough;
        final int recovery;
        final double valueAtRisk;
        final double conditionalValueAtRisk;
        final double skew;
        final double excessKurtosis;

        Reference(double[] prices, MetricsConfig cfg) {
            int n = prices.length - 1;
            BigDecimal count = BigDecimal.valueOf(n);
            BigDecimal periods = new BigDecimal(cfg.periodsPerYear());
            BigDecimal rfPerBar = new BigDecimal(cfg.riskFreeRateAnnual()).divide(periods, MC);
            BigDecimal[] ret = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                ret[i] = new BigDecimal(prices[i + 1]).divide(new BigDecimal(prices[i]), MC).subtract(BigDecimal.ONE);
            }

            totalReturn = new BigDecimal(prices[n]).divide(new BigDecimal(prices[0]), MC).subtract(BigDecimal.ONE)
                    .doubleValue();
            BigDecimal product = BigDecimal.ONE;
            for (BigDecimal x : ret) {
                product = product.multiply(BigDecimal.ONE.add(x), MC);
            }
            cagr = Math.pow(product.doubleValue(), cfg.periodsPerYear() / n) - 1;

            // Raw power sums; central moments by expanding (x - mean)^k.
            BigDecimal s1 = BigDecimal.ZERO;
            BigDecimal s2 = BigDecimal.ZERO;
            BigDecimal s3 = BigDecimal.ZERO;
            BigDecimal s4 = BigDecimal.ZERO;
            BigDecimal downside = BigDecimal.ZERO;
            for (BigDecimal x : ret) {
                s1 = s1.add(x);
                s2 = s2.add(x.pow(2), MC);
                s3 = s3.add(x.pow(3, MC), MC);
                s4 = s4.add(x.pow(4, MC), MC);
                BigDecimal excess = x.subtract(rfPerBar, MC);
                if (excess.signum() < 0) {
                    downside = downside.add(excess.pow(2, MC), MC);
                }
            }
            BigDecimal mean = s1.divide(count, MC);
            BigDecimal e2 = s2.divide(count, MC);
            BigDecimal e3 = s3.divide(count, MC);
            BigDecimal e4 = s4.divide(count, MC);
            BigDecimal m2 = e2.subtract(mean.pow(2), MC);
            BigDecimal m3 = e3.subtract(mean.multiply(e2).multiply(BigDecimal.valueOf(3)), MC)
                    .add(mean.pow(3).multiply(BigDecimal.TWO), MC);
            BigDecimal m4 = e4.subtract(mean.multiply(e3).multiply(BigDecimal.valueOf(4)), MC)
                    .add(mean.pow(2).multiply(e2).multiply(BigDecimal.valueOf(6)), MC)
                    .subtract(mean.pow(4).multiply(BigDecimal.valueOf(3)), MC);
            BigDecimal sampleVariance = m2.multiply(count).divide(BigDecimal.valueOf(n - 1), MC);
            BigDecimal std = sampleVariance.sqrt(MC);
            BigDecimal sqrtPeriods = periods.sqrt(MC);
            BigDecimal excessMean = mean.subtract(rfPerBar, MC);
            annualVolatility = std.multiply(sqrtPeriods, MC).doubleValue();
            sharpe = excessMean.divide(std, MC).multiply(sqrtPeriods, MC).doubleValue();
            sortino = excessMean.divide(downside.divide(count, MC).sqrt(MC), MC).multiply(sqrtPeriods, MC).doubleValue();
            skew = m3.divide(m2.multiply(m2.sqrt(MC), MC), MC).doubleValue();
            excessKurtosis = m4.divide(m2.pow(2, MC), MC).subtract(BigDecimal.valueOf(3)).doubleValue();

            // Drawdown: for every bar, the highest price so far by a fresh scan.
            BigDecimal worst = BigDecimal.ZERO;
            int bestTrough = 0;
            for (int i = 0; i < prices.length; i++) {
                double high = prices[0];
                for (int j = 1; j <= i; j++) {
                    high = Math.max(high, prices[j]);
                }
                BigDecimal dd = new BigDecimal(high).subtract(new BigDecimal(prices[i]))
                        .divide(new BigDecimal(high), MC);
                if (dd.compareTo(worst) > 0) {
                    worst = dd;
                    bestTrough = i;
                }
            }
            maxDrawdown = worst.doubleValue();
            trough = bestTrough;
            int p = 0;
            for (int j = 0; j <= trough; j++) {
                if (prices[j] >= prices[p]) {
                    p = j; // the latest bar at the running high
                }
            }
            peak = p;
            int rec = -1;
            for (int j = prices.length - 1; j > trough; j--) {
                if (prices[j] >= prices[peak]) {
                    rec = j; // scanning backwards, the last assignment is the first recovery
                }
            }
            recovery = rec;

            // Percentile: order statistics by counting, linear interpolation at h = (N - 1)(1 - c).
            BigDecimal h = BigDecimal.valueOf(n - 1).multiply(BigDecimal.ONE.subtract(new BigDecimal(
                    Double.toString(cfg.varConfidence()))));
            int lo = h.intValue();
            BigDecimal frac = h.subtract(BigDecimal.valueOf(lo));
            BigDecimal xLo = orderStatistic(ret, lo);
            BigDecimal xHi = orderStatistic(ret, lo + 1);
            BigDecimal q = xLo.add(frac.multiply(xHi.subtract(xLo)), MC);
            valueAtRisk = q.negate().doubleValue();
            BigDecimal tail = BigDecimal.ZERO;
            int tailCount = 0;
            for (BigDecimal x : ret) {
                if (x.compareTo(q) <= 0) {
                    tail = tail.add(x);
                    tailCount++;
                }
            }
            conditionalValueAtRisk = tail.divide(BigDecimal.valueOf(tailCount), MC).negate().doubleValue();
        }

        /** The k-th smallest value (0-based): the v with #(x < v) <= k < #(x <= v). */
        private static BigDecimal orderStatistic(BigDecimal[] values, int k) {
            for (BigDecimal v : values) {
                int below = 0;
                int atOrBelow = 0;
                for (BigDecimal x : values) {
                    int c = x.compareTo(v);
                    if (c < 0) {
                        below++;
                    }
                    if (c <= 0) {
                        atOrBelow++;
                    }
                }
                if (below <= k && k < atOrBelow) {
                    return v;
                }
            }
            throw new IllegalStateException("no order statistic " + k);
        }
    }
}
