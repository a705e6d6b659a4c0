package wave.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wave.domain.instrument.InstrumentId;
import wave.domain.portfolio.ClosedTrade;
import wave.domain.portfolio.PositionSide;
import wave.store.runs.DataFingerprint;
import wave.store.runs.EquityCurve;
import wave.store.runs.FileDigest;
import wave.store.runs.MetricValue;
import wave.store.runs.RunConfiguration;
import wave.store.runs.RunRecord;
import wave.store.runs.RunTotals;

/** Run records for the store tests, with every kind of value a store must keep exactly. */
final class SampleRuns {
    static final long DAY_NANOS = 86_400_000_000_000L;
    static final long START_NANOS = 788_918_400_000_000_000L; // 1995-01-01T00:00:00Z

    private SampleRuns() {
    }

    /**
     * A two-instrument run: arguments with spaces, quotes and non-ASCII text; metrics with NaN, both infinities, an
     * unrecovered (null) time, counts and instants; extreme fixed-point values in the equity curve; long and short trades.
     */
    static RunRecord rich(String strategy, int points, double totalReturn, double sharpe) {
        List<MetricValue> metrics = List.of(
                new MetricValue("bars", "Bars", "count", points),
                new MetricValue("start_time", "Start", "time", Instant.ofEpochSecond(788_918_400L)),
                new MetricValue("total_return", "Total return", "fraction", totalReturn),
                new MetricValue("cagr", "CAGR", "fraction", totalReturn / 10),
                new MetricValue("sharpe_ratio", "Sharpe ratio", "ratio", sharpe),
                new MetricValue("max_drawdown", "Max drawdown", "fraction", 0.123456789012345),
                new MetricValue("max_drawdown_recovery_time", "Max drawdown recovery", "time", null),
                new MetricValue("profit_factor", "Profit factor", "ratio", Double.POSITIVE_INFINITY),
                new MetricValue("skew", "Skew", "ratio", Double.NEGATIVE_INFINITY),
                new MetricValue("average_loss", "Average loss", "money", -1234.5678),
                new MetricValue("max_drawdown_duration_days", "Max drawdown duration (days)", "days", 12.5),
                new MetricValue("min_value", "Smallest double", "number", Double.MIN_VALUE));
        Map<String, List<MetricValue>> benchmarks = new LinkedHashMap<>();
        benchmarks.put("ZZZ.SIM", List.of(new MetricValue("total_return", "Total return", "fraction", 1.5),
                new MetricValue("sharpe_ratio", "Sharpe ratio", "ratio", Double.NaN)));
        benchmarks.put("AAA.SIM", List.of(new MetricValue("total_return", "Total return", "fraction", -0.25)));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("fast", "10");
        params.put("slow", "30");
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("cash", "100000");
        settings.put("fees", "0.1% of notional");
        settings.put("allow_short", "false");
        settings.put("data", "/data/ü and 'quotes\".csv");
        RunConfiguration configuration = new RunConfiguration(List.of("--data", "/data/ü and 'quotes\".csv", "--strategy",
                strategy, "--param", "fast=10"), params, settings);
        List<DataFingerprint> data = List.of(
                new DataFingerprint(new FileDigest("/data/ZZZ.csv", 123_456_789_012L, "a".repeat(64)), "ZZZ.SIM", points,
                        START_NANOS, START_NANOS + (points - 1) * DAY_NANOS),
                new DataFingerprint(new FileDigest("/data/AAA.csv", 0, "0123456789abcdef".repeat(4)), "AAA.SIM", 1,
                        START_NANOS, START_NANOS));
        RunTotals totals = new RunTotals("1d", "USD", 100_000_000_000_000L, 418_140_343_196_831L, 17L, 8_359_270_000_000L, 0L, 195, 196);
        List<ClosedTrade> trades = List.of(
                new ClosedTrade(InstrumentId.parse("ZZZ.SIM"), PositionSide.LONG, START_NANOS, START_NANOS + DAY_NANOS,
                        42_145_000_000_000L, 2_370_370_000L, 2_500_000_001L, 5_478_850_000_000L, 99_899_243_650L),
                new ClosedTrade(InstrumentId.parse("AAA.SIM"), PositionSide.SHORT, START_NANOS + DAY_NANOS, START_NANOS + 3 * DAY_NANOS,
                        1_000_000_000L, 9_000_000_000L, 10_000_000_000L, -1_000_000_000L, 0L));
        return new RunRecord("backtest", strategy, configuration, data, totals, metrics, benchmarks, curve(points), trades, "/tmp/out dir");
    }

    /** A curve whose values include the extremes of a long and negative cash. */
    static EquityCurve curve(int points) {
        long[] ts = new long[points];
        long[] equity = new long[points];
        long[] cash = new long[points];
        for (int i = 0; i < points; i++) {
            ts[i] = START_NANOS + i * DAY_NANOS;
            equity[i] = 100_000_000_000_000L + i * 1_234_567_891L;
            cash[i] = -i * 987_654_321L;
        }
        if (points > 2) {
            equity[1] = Long.MAX_VALUE;
            cash[2] = Long.MIN_VALUE;
        }
        return new EquityCurve(ts, equity, cash);
    }

    /** A run with no equity point, metric, trade, data file or output directory. */
    static RunRecord empty() {
        return new RunRecord("backtest", "buy-and-hold", new RunConfiguration(List.of(), Map.of(), Map.of()), List.of(),
                new RunTotals("5m", "EUR", 0, 0, 0, 0, 0, 0, 0), List.of(), Map.of(), curve(0), List.of(), null);
    }

    /** {@code count} copies of a small run, strategies named s0, s1, ... */
    static List<RunRecord> several(int count) {
        List<RunRecord> runs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            runs.add(rich("s" + i, 5 + i, 0.1 * i, i == 1 ? Double.NaN : 0.5 + i));
        }
        return runs;
    }
}
