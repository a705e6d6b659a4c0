package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * {@code wave runs list/show/compare/rm} on backtests of ORCL 1995-2014 recorded by the test, checked against the
 * backtests' own outputs: the stored metrics equal summary.json's, the stored equity curve and trades print as
 * equity.csv and trades.csv byte for byte, the data fingerprint is the file's real SHA-256. Run against SQLite
 * ({@link SqliteRunHistoryTest}) and PostgreSQL ({@link PostgresRunHistoryTest}).
 */
abstract class RunHistoryContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Path orcl;

    /** {@code --home} and, for a server, {@code --store-url} of the class's store. */
    protected abstract List<String> storeArguments();

    /** How the store's URL prints. */
    protected abstract String storeDisplay();

    @BeforeAll
    static void data() {
        orcl = SharedData.require(SharedData.ORCL);
    }

    /** The run's id, its output directory and what it printed. */
    record Recorded(long id, Path out, Cli cli) {
        JsonNode summary() throws IOException {
            return JSON.readTree(out.resolve("summary.json").toFile());
        }
    }

    Cli wave(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(storeArguments());
        return Cli.run(all.toArray(String[]::new));
    }

    Recorded backtest(String name, String... params) {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("backtest", "--data", orcl.toString(), "--strategy", "sma-cross",
                "--cash", "100000", "--fee-pct", "0.1", "--out", out.toString()));
        for (String p : params) {
            args.add("--param");
            args.add(p);
        }
        Cli run = wave(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).endsWith("Recorded in the run history of " + storeDisplay() + " ('wave runs show last')\n");
        assertThat(run.err()).doesNotContain("error");
        Cli last = wave("runs", "show", "last", "--json");
        assertThat(last.exitCode()).as(last.toString()).isZero();
        try {
            JsonNode json = JSON.readTree(last.out());
            assertThat(json.get("output_dir").asText()).isEqualTo(out.toAbsolutePath().normalize().toString());
            return new Recorded(json.get("id").asLong(), out, run);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void showPrintsWhatTheBacktestWrote() throws Exception {
        Recorded run = backtest("show", "fast=10", "slow=30");
        JsonNode summary = run.summary();

        Cli json = wave("runs", "show", Long.toString(run.id()), "--json");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode shown = JSON.readTree(json.out());
        assertThat(shown.get("metrics")).isEqualTo(summary.get("metrics"));
        assertThat(shown.get("metrics").get("total_return").asDouble()).isEqualTo(summary.get("metrics").get("total_return").asDouble())
                .isEqualTo(418140.343196831 / 100000 - 1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(shown.get("benchmark_buy_and_hold")).isEqualTo(summary.get("benchmark_buy_and_hold"));
        for (String field : List.of("initial_cash", "final_equity", "final_cash", "total_fees", "total_slippage", "fills", "orders")) {
            assertThat(shown.get(field)).as(field).isEqualTo(summary.get(field));
        }
        assertThat(shown.get("final_equity").asText()).isEqualTo(BacktestCommandTest.ALL_IN_FINAL_EQUITY);
        assertThat(shown.get("strategy").asText()).isEqualTo("sma-cross");
        assertThat(shown.get("params").get("fast").asText()).isEqualTo("10");
        assertThat(shown.get("params").get("slow").asText()).isEqualTo("30");
        for (Map.Entry<String, JsonNode> setting : summary.get("settings").properties()) {
            assertThat(shown.get("settings").get(setting.getKey()).asText()).as(setting.getKey()).isEqualTo(setting.getValue().asText());
        }
        assertThat(shown.get("arguments")).extracting(JsonNode::asText).startsWith("backtest", "--data", orcl.toString());
        assertThat(shown.get("output_dir").asText()).isEqualTo(run.out().toAbsolutePath().normalize().toString());
        JsonNode data = shown.get("data").get(0);
        assertThat(data.get("path").asText()).isEqualTo(orcl.toAbsolutePath().normalize().toString());
        assertThat(data.get("sha256").asText()).isEqualTo(sha256(orcl));
        assertThat(data.get("size_bytes").asLong()).isEqualTo(Files.size(orcl));
        assertThat(data.get("instrument").asText()).isEqualTo("ORCL.SIM");
        assertThat(data.get("bars").asInt()).isEqualTo(5036);
        assertThat(data.get("first_time").asText()).isEqualTo("1995-01-03");
        assertThat(data.get("last_time").asText()).isEqualTo("2014-12-31");
        assertThat(shown.get("closed_trades").asInt()).isEqualTo(97);
        assertThat(shown.get("equity_curve").get("points").asInt()).isEqualTo(5036);

        Cli equity = wave("runs", "show", Long.toString(run.id()), "--equity");
        // the run history keeps the equity and the cash: equity.csv's first three columns (then come the holdings)
        assertThat(equity.out()).isEqualTo(Files.readAllLines(run.out().resolve("equity.csv")).stream()
                .map(line -> String.join(",", List.of(line.split(",")).subList(0, 3))).collect(Collectors.joining("\n", "", "\n")));
        Cli trades = wave("runs", "show", Long.toString(run.id()), "--trades");
        // the run history keeps the closed round trips: trades.csv without its last row, the position open at the end
        List<String> written = Files.readAllLines(run.out().resolve("trades.csv"));
        assertThat(written.getLast()).endsWith(",open");
        assertThat(trades.out()).isEqualTo(String.join("\n", written.subList(0, written.size() - 1)) + "\n");

        Cli text = wave("runs", "show", Long.toString(run.id()));
        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.out())
                .startsWith("Run " + run.id() + ": backtest of sma-cross, recorded ")
                .contains("Parameters    fast=10, slow=30")
                .contains("Command       wave backtest --data " + orcl)
                .contains("ORCL.SIM: 5,036 bars of 1d, 1995-01-03 to 2014-12-31")
                .contains("sha256 " + sha256(orcl))
                .contains("Result        final equity 418,140.34 USD (from 100,000.00)")
                .contains("Outputs       " + run.out().toAbsolutePath().normalize())
                .contains(metricsTable(run.cli().out()))
                .contains("Buy & hold ORCL.SIM: total return 2023.95%, CAGR 16.53%, Sharpe 0.56, max drawdown 84.19%");
    }

    @Test
    void listShowsRunsNewestFirstWithTheirKeyMetrics() throws IOException {
        Recorded older = backtest("older", "fast=10", "slow=30");
        Recorded newer = backtest("newer", "fast=20", "slow=50");

        Cli list = wave("runs", "list", "--limit", "0");

        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out()).startsWith("Runs in " + storeDisplay() + ", newest first:");
        List<String> lines = list.out().lines().toList();
        assertThat(lines.get(1)).matches("\\s*ID\\s+RECORDED \\(UTC\\)\\s+STRATEGY\\s+DATA\\s+BARS\\s+RETURN\\s+CAGR\\s+SHARPE\\s+MAX DD\\s+TRADES");
        int newerLine = lineOf(lines, newer.id());
        int olderLine = lineOf(lines, older.id());
        assertThat(newerLine).isLessThan(olderLine);
        for (Recorded r : List.of(older, newer)) {
            JsonNode m = r.summary().get("metrics");
            List<String> cells = List.of(lines.get(lineOf(lines, r.id())).trim().split("\\s{2,}"));
            assertThat(cells).as(lines.get(lineOf(lines, r.id())))
                    .containsExactly(Long.toString(r.id()), cells.get(1), "sma-cross", "ORCL.SIM 1d", "5,036",
                            percent(m.get("total_return").asDouble()), percent(m.get("cagr").asDouble()),
                            String.format(Locale.ROOT, "%.3f", m.get("sharpe_ratio").asDouble()),
                            percent(m.get("max_drawdown").asDouble()), m.get("closed_trades").asText());
            assertThat(cells.get(1)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        }

        Cli limited = wave("runs", "list", "--limit", "1");
        assertThat(limited.out().lines().toList()).hasSize(3);
        assertThat(limited.out()).contains("(1 of ").contains("--limit 0 shows all");
    }

    @Test
    void compareShowsTheMetricsSideBySideAndOverlaysTheEquityCurves() throws Exception {
        Recorded a = backtest("a", "fast=10", "slow=30");
        Recorded b = backtest("b", "fast=20", "slow=50");
        Path html = dir.resolve("pages/compare.html");

        Cli compare = wave("runs", "compare", Long.toString(a.id()), "last", "--html", html.toString());

        assertThat(compare.exitCode()).as(compare.toString()).isZero();
        JsonNode ma = a.summary().get("metrics");
        JsonNode mb = b.summary().get("metrics");
        assertThat(compare.out()).startsWith("Runs " + a.id() + " and " + b.id() + " (difference = run " + b.id() + " - run " + a.id());
        assertThat(row(compare.out(), "Parameters")).containsExactly("fast=10, slow=30", "fast=20, slow=50");
        assertThat(row(compare.out(), "Total return")).containsExactly(percent(ma.get("total_return").asDouble()),
                percent(mb.get("total_return").asDouble()),
                String.format(Locale.ROOT, "%+.2f pp", (mb.get("total_return").asDouble() - ma.get("total_return").asDouble()) * 100));
        assertThat(row(compare.out(), "Closed trades")).containsExactly(ma.get("closed_trades").asText(), mb.get("closed_trades").asText(),
                String.format(Locale.ROOT, "%+d", mb.get("closed_trades").asInt() - ma.get("closed_trades").asInt()));
        assertThat(row(compare.out(), "Sharpe ratio")).containsExactly(String.format(Locale.ROOT, "%.3f", ma.get("sharpe_ratio").asDouble()),
                String.format(Locale.ROOT, "%.3f", mb.get("sharpe_ratio").asDouble()),
                String.format(Locale.ROOT, "%+.3f", mb.get("sharpe_ratio").asDouble() - ma.get("sharpe_ratio").asDouble()));
        assertThat(compare.out()).contains("Wrote " + html);

        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").doesNotContain("<script", "src=", "href=", "<link", "@import", "url(");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(page)));
        NodeList lines = doc.getElementsByTagName("polyline");
        assertThat(lines.getLength()).isEqualTo(2);
        double[][] ya = points((Element) lines.item(0), "run-a");
        double[][] yb = points((Element) lines.item(1), "run-b");
        for (double[][] curve : List.of(ya, yb)) {
            assertThat(curve.length).as("points drawn").isBetween(1000, 5036);
            assertThat(curve[0][0]).as("first point at the left edge").isEqualTo(96.0);
            assertThat(curve[curve.length - 1][0]).as("last point at the right edge").isEqualTo(936.0);
        }
        // The curve with the higher peak in equity.csv reaches higher on the page (smaller y).
        double peakA = maxEquity(a.out());
        double peakB = maxEquity(b.out());
        assertThat(peakA).isNotEqualTo(peakB);
        assertThat(minY(ya) < minY(yb)).isEqualTo(peakA > peakB);
    }

    @Test
    void rmDeletesTheRunButNotItsOutputs() throws IOException {
        Recorded kept = backtest("kept");
        Recorded removed = backtest("removed");

        Cli rm = wave("runs", "rm", Long.toString(removed.id()));

        assertThat(rm.exitCode()).as(rm.toString()).isZero();
        assertThat(rm.out()).isEqualTo("Deleted run " + removed.id() + " from " + storeDisplay() + "\n");
        Cli show = wave("runs", "show", Long.toString(removed.id()));
        assertThat(show.exitCode()).isEqualTo(2);
        assertThat(show.err()).isEqualTo("wave: error: no run " + removed.id() + " in " + storeDisplay()
                + "; 'wave runs list' shows the recorded runs\n");
        assertThat(wave("runs", "list", "--limit", "0").out()).doesNotContainPattern("(?m)^\\s*" + removed.id() + "\\s");
        assertThat(wave("runs", "show", Long.toString(kept.id())).exitCode()).isZero();
        assertThat(removed.out().resolve("equity.csv")).exists();
        Cli again = wave("runs", "rm", Long.toString(kept.id()), Long.toString(removed.id()));
        assertThat(again.exitCode()).as("one unknown id deletes nothing").isEqualTo(2);
        assertThat(wave("runs", "show", Long.toString(kept.id())).exitCode()).isZero();
    }

    @Test
    void noRecordSkipsTheStore() {
        Path out = dir.resolve("unrecorded");
        Cli run = wave("backtest", "--data", orcl.toString(), "--strategy", "sma-cross", "--out", out.toString(), "--no-record");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out() + run.err()).doesNotContain("Recorded");
        assertThat(out.resolve("summary.json")).exists();
    }

    private static int lineOf(List<String> lines, long id) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*" + id + "\\s.*")) {
                return i;
            }
        }
        throw new AssertionError("run " + id + " not listed:\n" + String.join("\n", lines));
    }

    /** The cells after the label of the comparison row starting with {@code label}. */
    private static List<String> row(String text, String label) {
        String line = text.lines().filter(l -> l.startsWith(label + "  ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in\n" + text));
        return List.of(line.substring(label.length()).trim().split("\\s{2,}"));
    }

    /** The metrics table the backtest printed: from its "Metric  Value" header to the blank line after it. */
    static String metricsTable(String backtestOut) {
        List<String> lines = backtestOut.lines().toList();
        int start = 0;
        while (!lines.get(start).startsWith("Metric ")) {
            start++;
        }
        int end = start;
        while (!lines.get(end).isBlank()) {
            end++;
        }
        assertThat(end - start).as("metric lines").isGreaterThan(30);
        return String.join("\n", lines.subList(start, end));
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static double[][] points(Element polyline, String cssClass) {
        assertThat(polyline.getAttribute("class")).isEqualTo(cssClass);
        String[] pairs = polyline.getAttribute("points").trim().split(" ");
        double[][] points = new double[pairs.length][];
        for (int i = 0; i < pairs.length; i++) {
            String[] xy = pairs[i].split(",");
            points[i] = new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
        }
        return points;
    }

    private static double minY(double[][] points) {
        double min = Double.MAX_VALUE;
        for (double[] p : points) {
            min = Math.min(min, p[1]);
        }
        return min;
    }

    private static double maxEquity(Path out) throws IOException {
        return Files.readAllLines(out.resolve("equity.csv")).stream().skip(1)
                .mapToDouble(l -> Double.parseDouble(l.split(",")[1])).max().orElseThrow();
    }
}
