package wave.store.runs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import wave.domain.instrument.InstrumentId;
import wave.domain.portfolio.ClosedTrade;
import wave.domain.portfolio.PositionSide;
import wave.store.DeltaVarint;

/** Reads runs back from the run tables. */
final class RunReader {
    private RunReader() {
    }

    static List<RunSummary> list(Handle h, int limit) {
        List<RunSummary> runs = h.createQuery("""
                        SELECT id, created_at_ms, strategy, bar_length, bars, currency, initial_cash_raw, final_equity_raw,
                            total_return, cagr, sharpe_ratio, max_drawdown, closed_trades, output_dir
                        FROM run ORDER BY created_at_ms DESC, id DESC LIMIT :limit""")
                .bind("limit", limit <= 0 ? Integer.MAX_VALUE : limit)
                .map((rs, ctx) -> new RunSummary(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("created_at_ms")),
                        rs.getString("strategy"), List.of(), rs.getString("bar_length"), rs.getInt("bars"),
                        rs.getString("currency"), rs.getLong("initial_cash_raw"), rs.getLong("final_equity_raw"),
                        nullableDouble(rs, "total_return"), nullableDouble(rs, "cagr"), nullableDouble(rs, "sharpe_ratio"),
                        nullableDouble(rs, "max_drawdown"), rs.getInt("closed_trades"), rs.getString("output_dir")))
                .list();
        if (runs.isEmpty()) {
            return runs;
        }
        Map<Long, List<String>> instruments = new LinkedHashMap<>();
        h.createQuery("SELECT run_id, instrument FROM run_data WHERE run_id IN (<ids>) ORDER BY run_id, seq")
                .bindList("ids", runs.stream().map(RunSummary::id).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong("run_id"), rs.getString("instrument")))
                .forEach(e -> instruments.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<RunSummary> withData = new ArrayList<>(runs.size());
        for (RunSummary r : runs) {
            withData.add(new RunSummary(r.id(), r.createdAt(), r.strategy(), instruments.getOrDefault(r.id(), List.of()),
                    r.barLength(), r.bars(), r.currency(), r.initialCashRaw(), r.finalEquityRaw(), r.totalReturn(), r.cagr(),
                    r.sharpeRatio(), r.maxDrawdown(), r.closedTrades(), r.outputDir()));
        }
        return withData;
    }

    /** The columns of {@code run} a {@link StoredRun} needs. */
    private record Head(long id, Instant createdAt, String kind, String strategy, int bars, RunTotals totals, String outputDir) {
    }

    static Optional<StoredRun> find(Handle h, long id) {
        Optional<Head> head = h.createQuery("SELECT * FROM run WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new Head(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("created_at_ms")), rs.getString("kind"),
                        rs.getString("strategy"), rs.getInt("bars"),
                        new RunTotals(rs.getString("bar_length"), rs.getString("currency"), rs.getLong("initial_cash_raw"),
                                rs.getLong("final_equity_raw"), rs.getLong("final_cash_raw"), rs.getLong("total_fees_raw"),
                                rs.getLong("total_slippage_raw"), rs.getInt("fills"), rs.getInt("orders")),
                        rs.getString("output_dir")))
                .findOne();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Head run = head.get();
        List<MetricValue> metrics = new ArrayList<>();
        Map<String, List<MetricValue>> benchmarks = new LinkedHashMap<>();
        h.createQuery("""
                        SELECT source, instrument, name, label, unit, value_number, value_text FROM run_metric
                        WHERE run_id = :id ORDER BY source DESC, instrument, seq""")
                .bind("id", id)
                .map((rs, ctx) -> {
                    String unit = rs.getString("unit");
                    MetricValue m = new MetricValue(rs.getString("name"), rs.getString("label"), unit,
                            MetricColumns.value(unit, nullableDouble(rs, "value_number"), rs.getString("value_text")));
                    return Map.entry(rs.getString("source") + "\t" + rs.getString("instrument"), m);
                })
                .forEach(e -> {
                    String[] key = e.getKey().split("\t", 2);
                    if (key[0].equals("strategy")) {
                        metrics.add(e.getValue());
                    } else {
                        benchmarks.computeIfAbsent(key[1], k -> new ArrayList<>()).add(e.getValue());
                    }
                });
        List<DataFingerprint> data = data(h, id);
        RunRecord record = new RunRecord(run.kind(), run.strategy(), configuration(h, id), data, run.totals(), metrics,
                inDataOrder(benchmarks, data), equity(h, id, run.bars()), trades(h, id), run.outputDir());
        return Optional.of(new StoredRun(run.id(), run.createdAt(), record));
    }

    /** The benchmarks in the order of the run's data files (as recorded), then any others. */
    private static Map<String, List<MetricValue>> inDataOrder(Map<String, List<MetricValue>> benchmarks, List<DataFingerprint> data) {
        Map<String, List<MetricValue>> ordered = new LinkedHashMap<>();
        for (DataFingerprint d : data) {
            List<MetricValue> values = benchmarks.get(d.instrument());
            if (values != null) {
                ordered.put(d.instrument(), values);
            }
        }
        benchmarks.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static RunConfiguration configuration(Handle h, long id) {
        List<String> arguments = new ArrayList<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        h.createQuery("SELECT section, name, value FROM run_setting WHERE run_id = :id ORDER BY section, seq")
                .bind("id", id)
                .map((rs, ctx) -> new String[] {rs.getString("section"), rs.getString("name"), rs.getString("value")})
                .forEach(row -> {
                    switch (row[0]) {
                        case "argument" -> arguments.add(row[2]);
                        case "parameter" -> parameters.put(row[1], row[2]);
                        default -> settings.put(row[1], row[2]);
                    }
                });
        return new RunConfiguration(arguments, parameters, settings);
    }

    private static List<DataFingerprint> data(Handle h, long id) {
        return h.createQuery("SELECT * FROM run_data WHERE run_id = :id ORDER BY seq").bind("id", id)
                .map((rs, ctx) -> new DataFingerprint(new FileDigest(rs.getString("path"), rs.getLong("size_bytes"), rs.getString("sha256")),
                        rs.getString("instrument"), rs.getInt("bars"), rs.getLong("first_ts_nanos"), rs.getLong("last_ts_nanos")))
                .list();
    }

    private static List<ClosedTrade> trades(Handle h, long id) {
        return h.createQuery("SELECT * FROM run_trade WHERE run_id = :id ORDER BY seq").bind("id", id)
                .map((rs, ctx) -> new ClosedTrade(InstrumentId.parse(rs.getString("instrument")),
                        PositionSide.valueOf(rs.getString("side")), rs.getLong("entry_ts_nanos"), rs.getLong("exit_ts_nanos"),
                        rs.getLong("quantity_raw"), rs.getLong("entry_price_raw"), rs.getLong("exit_price_raw"),
                        rs.getLong("gross_pnl_raw"), rs.getLong("commission_raw")))
                .list();
    }

    /** The curve's chunks decoded into primitive arrays: a curve may have millions of points. */
    private static EquityCurve equity(Handle h, long id, int points) {
        long[] ts = new long[points];
        long[] equity = new long[points];
        long[] cash = new long[points];
        int[] filled = {0};
        h.createQuery("SELECT first_seq, points, ts_nanos, equity_raw, cash_raw FROM run_equity WHERE run_id = :id ORDER BY chunk")
                .bind("id", id)
                .map((rs, ctx) -> {
                    int first = rs.getInt("first_seq");
                    int count = rs.getInt("points");
                    if (first != filled[0] || first + count > points) {
                        throw new IllegalStateException("run " + id + ": equity chunk at point " + first + " with " + count
                                + " points does not continue the " + filled[0] + " points read before (of " + points + ")");
                    }
                    DeltaVarint.decode(rs.getBytes("ts_nanos"), ts, first, count);
                    DeltaVarint.decode(rs.getBytes("equity_raw"), equity, first, count);
                    DeltaVarint.decode(rs.getBytes("cash_raw"), cash, first, count);
                    filled[0] += count;
                    return count;
                })
                .list();
        if (filled[0] != points) {
            throw new IllegalStateException("run " + id + " has " + filled[0] + " equity points stored of the " + points + " recorded");
        }
        return new EquityCurve(ts, equity, cash);
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
