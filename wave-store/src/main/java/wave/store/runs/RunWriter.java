package wave.store.runs;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import wave.domain.portfolio.ClosedTrade;
import wave.store.DeltaVarint;

/** Inserts one {@link RunRecord} into the run tables, inside the caller's transaction. */
final class RunWriter {
    /** Points per {@code run_equity} row. */
    static final int EQUITY_CHUNK_POINTS = 4096;
    /** Trade rows per JDBC batch. */
    static final int TRADE_BATCH = 2048;

    private RunWriter() {
    }

    static long insert(Handle h, RunRecord run, Instant createdAt) throws SQLException {
        EquityCurve equity = run.equity();
        RunTotals t = run.totals();
        int n = equity.size();
        long id = h.createUpdate("""
                        INSERT INTO run (created_at_ms, kind, strategy, bar_length, bars, start_ts_nanos, end_ts_nanos, currency,
                            initial_cash_raw, final_equity_raw, final_cash_raw, total_fees_raw, total_slippage_raw, fills, orders,
                            output_dir, total_return, cagr, sharpe_ratio, max_drawdown, closed_trades)
                        VALUES (:createdAtMs, :kind, :strategy, :barLength, :bars, :startTsNanos, :endTsNanos, :currency,
                            :initialCash, :finalEquity, :finalCash, :totalFees, :totalSlippage, :fills, :orders,
                            :outputDir, :totalReturn, :cagr, :sharpe, :maxDrawdown, :closedTrades)""")
                .bind("createdAtMs", createdAt.toEpochMilli())
                .bind("kind", run.kind())
                .bind("strategy", run.strategy())
                .bind("barLength", t.barLength())
                .bind("bars", n)
                .bind("startTsNanos", n == 0 ? null : equity.tsNanos()[0])
                .bind("endTsNanos", n == 0 ? null : equity.tsNanos()[n - 1])
                .bind("currency", t.currency())
                .bind("initialCash", t.initialCashRaw())
                .bind("finalEquity", t.finalEquityRaw())
                .bind("finalCash", t.finalCashRaw())
                .bind("totalFees", t.totalFeesRaw())
                .bind("totalSlippage", t.totalSlippageRaw())
                .bind("fills", t.fills())
                .bind("orders", t.orders())
                .bind("outputDir", run.outputDir())
                .bind("totalReturn", headline(run, "total_return"))
                .bind("cagr", headline(run, "cagr"))
                .bind("sharpe", headline(run, "sharpe_ratio"))
                .bind("maxDrawdown", headline(run, "max_drawdown"))
                .bind("closedTrades", run.trades().size())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        insertSettings(h, id, run.configuration());
        insertData(h, id, run.data());
        insertMetrics(h, id, "strategy", "", run.metrics());
        for (Map.Entry<String, List<MetricValue>> e : run.benchmarks().entrySet()) {
            insertMetrics(h, id, "buy_and_hold", e.getKey(), e.getValue());
        }
        insertTrades(h, id, run.trades());
        insertEquity(h, id, equity);
        return id;
    }

    private static Double headline(RunRecord run, String name) {
        MetricValue m = run.metric(name);
        return m == null ? null : m.finiteNumber();
    }

    private static void insertSettings(Handle h, long id, RunConfiguration c) {
        PreparedBatch batch = h.prepareBatch("INSERT INTO run_setting (run_id, section, seq, name, value) VALUES (:id, :section, :seq, :name, :value)");
        int seq = 0;
        for (String argument : c.arguments()) {
            batch.bind("id", id).bind("section", "argument").bind("seq", seq++).bind("name", (String) null).bind("value", argument).add();
        }
        addAll(batch, id, "parameter", c.parameters());
        addAll(batch, id, "setting", c.settings());
        execute(batch);
    }

    private static void addAll(PreparedBatch batch, long id, String section, Map<String, String> values) {
        int seq = 0;
        for (Map.Entry<String, String> e : values.entrySet()) {
            batch.bind("id", id).bind("section", section).bind("seq", seq++).bind("name", e.getKey()).bind("value", e.getValue()).add();
        }
    }

    private static void insertData(Handle h, long id, List<DataFingerprint> data) {
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO run_data (run_id, seq, path, size_bytes, sha256, instrument, bars, first_ts_nanos, last_ts_nanos)
                VALUES (:id, :seq, :path, :size, :sha256, :instrument, :bars, :first, :last)""");
        int seq = 0;
        for (DataFingerprint d : data) {
            batch.bind("id", id).bind("seq", seq++).bind("path", d.file().path()).bind("size", d.file().sizeBytes())
                    .bind("sha256", d.file().sha256()).bind("instrument", d.instrument()).bind("bars", d.bars())
                    .bind("first", d.firstTsNanos()).bind("last", d.lastTsNanos()).add();
        }
        execute(batch);
    }

    private static void insertMetrics(Handle h, long id, String source, String instrument, List<MetricValue> metrics) {
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO run_metric (run_id, source, instrument, seq, name, label, unit, value_number, value_text)
                VALUES (:id, :source, :instrument, :seq, :name, :label, :unit, :number, :text)""");
        int seq = 0;
        for (MetricValue m : metrics) {
            batch.bind("id", id).bind("source", source).bind("instrument", instrument).bind("seq", seq++)
                    .bind("name", m.name()).bind("label", m.label()).bind("unit", m.unit())
                    .bind("number", MetricColumns.number(m.value())).bind("text", MetricColumns.text(m.value())).add();
        }
        execute(batch);
    }

    /**
     * Plain JDBC batches on the handle's connection: a run may have tens of thousands of trades, and Jdbi's binding
     * per row costs more than the insert (19,466 trades: 110 to 250 ms through a Jdbi batch, 40 to 75 ms here).
     */
    private static void insertTrades(Handle h, long id, List<ClosedTrade> trades) throws SQLException {
        if (trades.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = h.getConnection().prepareStatement("""
                INSERT INTO run_trade (run_id, seq, instrument, side, entry_ts_nanos, exit_ts_nanos, quantity_raw, entry_price_raw,
                    exit_price_raw, gross_pnl_raw, commission_raw)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int seq = 0;
            for (ClosedTrade t : trades) {
                ps.setLong(1, id);
                ps.setInt(2, seq++);
                ps.setString(3, t.instrument().toString());
                ps.setString(4, t.side().name());
                ps.setLong(5, t.entryTsNanos());
                ps.setLong(6, t.exitTsNanos());
                ps.setLong(7, t.quantityRaw());
                ps.setLong(8, t.entryPriceRaw());
                ps.setLong(9, t.exitPriceRaw());
                ps.setLong(10, t.grossPnlRaw());
                ps.setLong(11, t.commissionRaw());
                ps.addBatch();
                if (seq % TRADE_BATCH == 0) {
                    ps.executeBatch();
                }
            }
            if (seq % TRADE_BATCH != 0) {
                ps.executeBatch();
            }
        }
    }

    private static void execute(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        } else {
            batch.close();
        }
    }

    /** The curve in chunks of {@value #EQUITY_CHUNK_POINTS} points, each column encoded by {@link DeltaVarint}. */
    private static void insertEquity(Handle h, long id, EquityCurve equity) {
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO run_equity (run_id, chunk, first_seq, points, ts_nanos, equity_raw, cash_raw)
                VALUES (:id, :chunk, :first, :points, :ts, :equity, :cash)""");
        int chunk = 0;
        for (int from = 0; from < equity.size(); from += EQUITY_CHUNK_POINTS) {
            int to = Math.min(equity.size(), from + EQUITY_CHUNK_POINTS);
            batch.bind("id", id).bind("chunk", chunk++).bind("first", from).bind("points", to - from)
                    .bind("ts", DeltaVarint.encode(equity.tsNanos(), from, to))
                    .bind("equity", DeltaVarint.encode(equity.equityRaw(), from, to))
                    .bind("cash", DeltaVarint.encode(equity.cashRaw(), from, to)).add();
        }
        execute(batch);
    }
}
