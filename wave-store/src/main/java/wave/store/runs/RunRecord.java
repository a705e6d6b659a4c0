package wave.store.runs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wave.domain.portfolio.ClosedTrade;

/**
 * Everything recorded about one run.
 *
 * @param kind          what ran: {@code backtest}
 * @param strategy      the strategy's (or spec's) name
 * @param configuration the arguments, parameters and effective settings
 * @param data          the input files with their fingerprints, in the order they were read
 * @param totals        the account figures
 * @param metrics       the run's performance metrics in report order (empty when the run has fewer than two steps)
 * @param benchmarks    each instrument's buy-and-hold metrics, by instrument id
 * @param equity        the equity curve
 * @param trades        the closed round trips, in order
 * @param outputDir     absolute path of the directory the outputs were written to, or null when none was
 */
public record RunRecord(String kind, String strategy, RunConfiguration configuration, List<DataFingerprint> data,
                        RunTotals totals, List<MetricValue> metrics, Map<String, List<MetricValue>> benchmarks,
                        EquityCurve equity, List<ClosedTrade> trades, String outputDir) {
    /** Requires every part but the output directory; copies the lists. */
    public RunRecord {
        if (kind == null || strategy == null || configuration == null || totals == null || equity == null) {
            throw new IllegalArgumentException("kind, strategy, configuration, totals and equity are required");
        }
        data = List.copyOf(data);
        metrics = List.copyOf(metrics);
        Map<String, List<MetricValue>> copy = new LinkedHashMap<>();
        benchmarks.forEach((instrument, values) -> copy.put(instrument, List.copyOf(values)));
        benchmarks = Collections.unmodifiableMap(copy);
        trades = List.copyOf(trades);
    }

    /** The strategy metric called {@code name}, or null. */
    public MetricValue metric(String name) {
        for (MetricValue m : metrics) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }
}
