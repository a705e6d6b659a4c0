package wave.store.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import wave.domain.portfolio.ClosedTrade;
import wave.store.DeltaVarint;

/**
 * Writes a run the way a Wave at schema version 1 did, in plain JDBC against the V1 tables: frozen here so that the
 * migration test keeps testing an upgrade from what V1 really stored, whatever the current writer becomes.
 */
public final class V1RunWriter {
    private V1RunWriter() {
    }

    /** Inserts {@code run} and commits; returns its id. */
    public static long insert(Connection c, RunRecord run, Instant createdAt) throws SQLException {
        c.setAutoCommit(false);
        long id;
        EquityCurve equity = run.equity();
        int n = equity.size();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO run (created_at_ms, kind, strategy, bar_length, bars, start_ts_nanos, end_ts_nanos, currency,
                    initial_cash_raw, final_equity_raw, final_cash_raw, total_fees_raw, total_slippage_raw, fills, orders, output_dir)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            ps.setLong(i++, createdAt.toEpochMilli());
            ps.setString(i++, run.kind());
            ps.setString(i++, run.strategy());
            ps.setString(i++, run.totals().barLength());
            ps.setInt(i++, n);
            setLong(ps, i++, n == 0 ? null : equity.tsNanos()[0]);
            setLong(ps, i++, n == 0 ? null : equity.tsNanos()[n - 1]);
            ps.setString(i++, run.totals().currency());
            ps.setLong(i++, run.totals().initialCashRaw());
            ps.setLong(i++, run.totals().finalEquityRaw());
            ps.setLong(i++, run.totals().finalCashRaw());
            ps.setLong(i++, run.totals().totalFeesRaw());
            ps.setLong(i++, run.totals().totalSlippageRaw());
            ps.setInt(i++, run.totals().fills());
            ps.setInt(i++, run.totals().orders());
            ps.setString(i, run.outputDir());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_setting (run_id, section, seq, name, value) VALUES (?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (String argument : run.configuration().arguments()) {
                setting(ps, id, "argument", seq++, null, argument);
            }
            seq = 0;
            for (Map.Entry<String, String> e : run.configuration().parameters().entrySet()) {
                setting(ps, id, "parameter", seq++, e.getKey(), e.getValue());
            }
            seq = 0;
            for (Map.Entry<String, String> e : run.configuration().settings().entrySet()) {
                setting(ps, id, "setting", seq++, e.getKey(), e.getValue());
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_data VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (DataFingerprint d : run.data()) {
                ps.setLong(1, id);
                ps.setInt(2, seq++);
                ps.setString(3, d.file().path());
                ps.setLong(4, d.file().sizeBytes());
                ps.setString(5, d.file().sha256());
                ps.setString(6, d.instrument());
                ps.setInt(7, d.bars());
                ps.setLong(8, d.firstTsNanos());
                ps.setLong(9, d.lastTsNanos());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_metric VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            metrics(ps, id, "strategy", "", run.metrics());
            for (Map.Entry<String, List<MetricValue>> e : run.benchmarks().entrySet()) {
                metrics(ps, id, "buy_and_hold", e.getKey(), e.getValue());
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_trade VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (ClosedTrade t : run.trades()) {
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
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_equity VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int chunk = 0;
            for (int from = 0; from < n; from += 4096) {
                int to = Math.min(n, from + 4096);
                ps.setLong(1, id);
                ps.setInt(2, chunk++);
                ps.setInt(3, from);
                ps.setInt(4, to - from);
                ps.setBytes(5, DeltaVarint.encode(equity.tsNanos(), from, to));
                ps.setBytes(6, DeltaVarint.encode(equity.equityRaw(), from, to));
                ps.setBytes(7, DeltaVarint.encode(equity.cashRaw(), from, to));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        c.commit();
        return id;
    }

    private static void setting(PreparedStatement ps, long id, String section, int seq, String name, String value) throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, section);
        ps.setInt(3, seq);
        ps.setString(4, name);
        ps.setString(5, value);
        ps.addBatch();
    }

    private static void metrics(PreparedStatement ps, long id, String source, String instrument, List<MetricValue> metrics)
            throws SQLException {
        int seq = 0;
        for (MetricValue m : metrics) {
            ps.setLong(1, id);
            ps.setString(2, source);
            ps.setString(3, instrument);
            ps.setInt(4, seq++);
            ps.setString(5, m.name());
            ps.setString(6, m.label());
            ps.setString(7, m.unit());
            Object v = m.value();
            Double number = v instanceof Integer i ? Double.valueOf(i) : v instanceof Double d && Double.isFinite(d) ? d : null;
            String text = v instanceof Instant t ? t.toString() : v instanceof Double d && !Double.isFinite(d) ? d.toString() : null;
            if (number == null) {
                ps.setNull(8, Types.DOUBLE);
            } else {
                ps.setDouble(8, number);
            }
            ps.setString(9, text);
            ps.addBatch();
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
