package wave.app.report.html;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import wave.research.metrics.MetricsConfig;
import wave.research.metrics.MetricsInput;
import wave.research.metrics.PerformanceMetrics;
import wave.research.metrics.PerformanceReport;

/**
 * The derived series the tearsheet charts: drawdown from the running peak, monthly returns, rolling Sharpe ratio and
 * volatility (each window's {@link PerformanceReport} from wave-research, so the formulas are the run's own), and the
 * histogram of per-bar returns.
 */
final class TearsheetSeries {
    /** Bars per rolling window (a quarter of daily bars), shortened for short runs. */
    static final int ROLLING_BARS = 63;
    static final int HISTOGRAM_BINS = 40;

    private TearsheetSeries() {
    }

    /** Equity over its running peak, minus one (0 at a new high, -0.25 at 25% below it). */
    static double[] drawdown(double[] equity) {
        double[] dd = new double[equity.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < equity.length; i++) {
            peak = Math.max(peak, equity[i]);
            dd[i] = equity[i] / peak - 1;
        }
        return dd;
    }

    /** The return of each calendar month (UTC): its last equity over the previous month's last (or the first equity). */
    static Map<YearMonth, Double> monthlyReturns(long[] ts, double[] equity) {
        TreeMap<YearMonth, Double> last = new TreeMap<>();
        for (int i = 0; i < ts.length; i++) {
            last.put(month(ts[i]), equity[i]);
        }
        TreeMap<YearMonth, Double> returns = new TreeMap<>();
        double previous = equity.length == 0 ? 0 : equity[0];
        for (Map.Entry<YearMonth, Double> e : last.entrySet()) {
            returns.put(e.getKey(), e.getValue() / previous - 1);
            previous = e.getValue();
        }
        return returns;
    }

    /** The window length for a run of {@code bars} bars: {@link #ROLLING_BARS}, or a third of a shorter run. */
    static int window(int bars) {
        return Math.max(2, Math.min(ROLLING_BARS, bars / 3));
    }

    /**
     * The reports of each trailing window of {@code window} bars (null before the first full window), with the run's
     * metric settings.
     */
    static PerformanceReport[] rolling(long[] ts, double[] equity, int window, MetricsConfig config) {
        PerformanceReport[] reports = new PerformanceReport[equity.length];
        for (int end = window; end <= equity.length; end++) {
            int from = end - window;
            MetricsInput in = new MetricsInput(Arrays.copyOfRange(ts, from, end), Arrays.copyOfRange(equity, from, end),
                    List.of(), 0, 0, 0);
            reports[end - 1] = PerformanceMetrics.compute(in, config);
        }
        return reports;
    }

    /** The settings the run's metrics were computed with, from its metric map (daily defaults for what is missing). */
    static MetricsConfig config(Map<String, Object> metrics) {
        MetricsConfig daily = MetricsConfig.daily();
        return new MetricsConfig(number(metrics.get("periods_per_year"), daily.periodsPerYear()),
                number(metrics.get("risk_free_rate_annual"), daily.riskFreeRateAnnual()),
                number(metrics.get("var_confidence"), daily.varConfidence()));
    }

    /** Per-bar simple returns. */
    static double[] returns(double[] equity) {
        double[] r = new double[Math.max(0, equity.length - 1)];
        for (int i = 1; i < equity.length; i++) {
            r[i - 1] = equity[i] / equity[i - 1] - 1;
        }
        return r;
    }

    /** Counts of {@code values} in {@code bins} equal bins from their minimum to their maximum. */
    static double[] histogram(double[] values, int bins) {
        double lo = Arrays.stream(values).min().orElse(0);
        double hi = Arrays.stream(values).max().orElse(0);
        double[] counts = new double[bins];
        for (double v : values) {
            int b = hi == lo ? 0 : (int) Math.min(bins - 1, Math.floor((v - lo) / (hi - lo) * bins));
            counts[b]++;
        }
        return counts;
    }

    static YearMonth month(long tsNanos) {
        return YearMonth.from(Instant.ofEpochSecond(Math.floorDiv(tsNanos, 1_000_000_000L)).atZone(ZoneOffset.UTC));
    }

    private static double number(Object value, double otherwise) {
        return value instanceof Number n ? n.doubleValue() : otherwise;
    }
}
