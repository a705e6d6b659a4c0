package wave.app.runs;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;
import wave.research.metrics.PerformanceReport;
import wave.store.runs.DataFingerprint;
import wave.store.runs.EquityCurve;
import wave.store.runs.MetricValue;
import wave.store.runs.RunRecord;
import wave.store.runs.RunSummary;
import wave.store.runs.StoredRun;

/** The terminal text of {@code wave runs list} and {@code wave runs show}. */
public final class RunText {
    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter RECORDED_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private RunText() {
    }

    /**
     * A table of runs, one per line: id, recording time (UTC), strategy, data, bars, total return, CAGR, Sharpe
     * ratio, maximum drawdown and closed trades ({@code n/a} when undefined).
     */
    public static String list(List<RunSummary> runs) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "RECORDED (UTC)", "STRATEGY", "DATA", "BARS", "RETURN", "CAGR", "SHARPE", "MAX DD", "TRADES"});
        for (RunSummary r : runs) {
            rows.add(new String[] {Long.toString(r.id()), RECORDED.format(LocalDateTime.ofInstant(r.createdAt(), ZoneOffset.UTC)),
                    r.strategy(), data(r.instruments()) + " " + r.barLength(), String.format(Locale.ROOT, "%,d", r.bars()),
                    percent(r.totalReturn()), percent(r.cagr()), ratio(r.sharpeRatio()), percent(r.maxDrawdown()),
                    Integer.toString(r.closedTrades())});
        }
        boolean[] left = {false, true, true, true, false, false, false, false, false, false};
        return table(rows, left);
    }

    /** Everything recorded about a run but its equity points and trades, which {@code --equity} and {@code --trades} print. */
    public static String show(StoredRun stored) {
        RunRecord run = stored.record();
        boolean dateOnly = dateOnly(run.totals().barLength());
        StringBuilder text = new StringBuilder();
        text.append("Run ").append(stored.id()).append(": ").append(run.kind()).append(" of ").append(run.strategy())
                .append(", recorded ").append(RECORDED_SECONDS.format(LocalDateTime.ofInstant(stored.createdAt(), ZoneOffset.UTC)))
                .append(" UTC\n");
        line(text, "Command", "wave " + commandLine(run.configuration().arguments()));
        line(text, "Parameters", params(run.configuration().parameters()));
        text.append("Settings\n");
        int width = run.configuration().settings().keySet().stream().mapToInt(String::length).max().orElse(0);
        run.configuration().settings().forEach((k, v) -> text.append("  ").append(pad(k, width)).append("  ").append(v).append('\n'));
        text.append("Data\n");
        if (run.data().isEmpty()) {
            text.append("  no data files (generated data: see the data setting)\n");
        }
        for (DataFingerprint d : run.data()) {
            text.append("  ").append(d.instrument()).append(": ").append(String.format(Locale.ROOT, "%,d", d.bars())).append(" bars of ")
                    .append(run.totals().barLength()).append(", ").append(time(d.firstTsNanos(), dateOnly)).append(" to ")
                    .append(time(d.lastTsNanos(), dateOnly)).append('\n')
                    .append("    ").append(d.file().path()).append(" (").append(String.format(Locale.ROOT, "%,d", d.file().sizeBytes()))
                    .append(" bytes, sha256 ").append(d.file().sha256()).append(")\n");
        }
        var t = run.totals();
        line(text, "Result", String.format(Locale.ROOT, "final equity %s %s (from %s), final cash %s, %d fills, %d orders, "
                        + "%d closed trades, fees %s, slippage %s", money(t.finalEquityRaw()), t.currency(), money(t.initialCashRaw()),
                money(t.finalCashRaw()), t.fills(), t.orders(), run.trades().size(), money(t.totalFeesRaw()), money(t.totalSlippageRaw())));
        line(text, "Outputs", run.outputDir() == null ? "none (run without --out)" : run.outputDir());
        EquityCurve equity = run.equity();
        line(text, "Equity curve", equity.size() == 0 ? "no points" : String.format(Locale.ROOT, "%,d points, %s to %s ('wave runs show %d --equity' prints them as CSV)",
                equity.size(), time(equity.tsNanos()[0], dateOnly), time(equity.tsNanos()[equity.size() - 1], dateOnly), stored.id()));
        line(text, "Trades", String.format(Locale.ROOT, "%,d closed ('wave runs show %d --trades' prints them as CSV)", run.trades().size(), stored.id()));
        if (!run.metrics().isEmpty()) {
            text.append('\n').append(PerformanceReport.format(MetricValues.toMetrics(run.metrics())));
        }
        if (!run.benchmarks().isEmpty()) {
            text.append('\n');
        }
        for (Map.Entry<String, List<MetricValue>> e : run.benchmarks().entrySet()) {
            Map<String, Object> m = byName(e.getValue());
            text.append(String.format(Locale.ROOT, "Buy & hold %s: total return %.2f%%, CAGR %.2f%%, Sharpe %.2f, max drawdown %.2f%%%n",
                    e.getKey(), number(m, "total_return") * 100, number(m, "cagr") * 100, number(m, "sharpe_ratio"),
                    number(m, "max_drawdown") * 100));
        }
        return text.toString().stripTrailing();
    }

    /** Whether times of this bar length print as dates only, as the report files print them. */
    public static boolean dateOnly(String barLength) {
        try {
            return !BarSpec.parse(barLength).isIntraday();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Arguments joined as a shell would need them, single-quoting those with spaces or special characters. */
    public static String commandLine(List<String> arguments) {
        StringJoiner joiner = new StringJoiner(" ");
        for (String a : arguments) {
            joiner.add(a.matches("[A-Za-z0-9_@%+=:,./-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return joiner.toString();
    }

    /** {@code fast=10, slow=30}, or {@code none}. */
    public static String params(Map<String, String> params) {
        if (params.isEmpty()) {
            return "none";
        }
        StringJoiner joiner = new StringJoiner(", ");
        params.forEach((k, v) -> joiner.add(k + "=" + v));
        return joiner.toString();
    }

    /** The instruments of a run's data, shortened after three. */
    static String data(List<String> instruments) {
        if (instruments.isEmpty()) {
            return "-";
        }
        if (instruments.size() <= 3) {
            return String.join(",", instruments);
        }
        return String.join(",", instruments.subList(0, 2)) + ",+" + (instruments.size() - 2);
    }

    static Map<String, Object> byName(List<MetricValue> values) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (MetricValue v : values) {
            map.put(v.name(), v.value());
        }
        return map;
    }

    private static double number(Map<String, Object> metrics, String name) {
        return metrics.get(name) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    static String money(long raw) {
        return String.format(Locale.ROOT, "%,.2f", FixedPoint.moneyToBigDecimal(raw));
    }

    static String time(long nanos, boolean dateOnly) {
        LocalDateTime t = LocalDateTime.ofInstant(MetricValues.instant(nanos), ZoneOffset.UTC);
        return dateOnly ? DATE.format(t) : DATE_TIME.format(t);
    }

    static String time(Instant instant) {
        return RECORDED_SECONDS.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static String percent(Double fraction) {
        return fraction == null ? "n/a" : String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    private static String ratio(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(pad(label, 13)).append(' ').append(value).append('\n');
    }

    static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    /** Columns padded to their widest cell, left- or right-aligned, two spaces apart. */
    static String table(List<String[]> rows, boolean[] left) {
        int[] widths = new int[rows.getFirst().length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    line.append("  ");
                }
                String pad = " ".repeat(widths[i] - row[i].length());
                line.append(left[i] ? row[i] + pad : pad + row[i]);
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
