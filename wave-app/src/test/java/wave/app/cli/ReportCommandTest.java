package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wave report}: the tearsheet of a run directory and of a stored run. */
class ReportCommandTest {
    /**
     * Metrics, equity and drawdown, monthly returns, rolling, distribution, the ORCL price chart, attribution, and three
     * pages of 97 trades.
     */
    private static final int PDF_PAGES = 10;
    private static final String[] SECTIONS = {"id=\"metrics\"", "id=\"equity-chart\"", "id=\"drawdown-chart\"", "id=\"monthly\"",
            "id=\"rolling-sharpe-chart\"", "id=\"rolling-volatility-chart\"", "id=\"returns-histogram\"", "id=\"trades\""};

    /** Backtests ORCL with sma-cross into {@code out}, recorded in {@code home}. */
    static Cli backtest(Path out, Path home) {
        return Cli.run("backtest", "--data", SharedData.require(SharedData.ORCL).toString(), "--strategy", "sma-cross",
                "--param", "fast=10", "--param", "slow=30", "--cash", "100000", "--fee-pct", "0.1", "--sizing", "fixed:100",
                "--out", out.toString(), "--home", home.toString());
    }

    @Test
    void runDirectoryTearsheetHasEverySectionAndTheSummaryNumbers(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("run");
        Cli bt = backtest(out, dir.resolve("home"));
        assertThat(bt.exitCode()).as(bt.toString()).isZero();

        Cli report = Cli.run("report", out.toString());

        assertThat(report.exitCode()).as(report.toString()).isZero();
        Path page = out.resolve("tearsheet.html");
        assertThat(report.out()).contains("wrote " + page);
        String html = Files.readString(page);
        assertThat(html).contains(SECTIONS).doesNotContain("<script").contains("buy and hold ORCL.SIM, scaled to the starting equity");
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        for (String key : new String[] {"total_return", "cagr", "sharpe_ratio", "max_drawdown", "closed_trades"}) {
            assertThat(html).contains("<tr><td>" + key + "</td><td>" + summary.get("metrics").get(key).asText() + "</td><td>"
                    + summary.get("benchmark_buy_and_hold").get("ORCL.SIM").get(key).asText() + "</td></tr>");
        }
        assertThat(html).contains("97 closed trades.");
        assertThat(html).contains("id=\"price-ORCL-SIM-chart\"", "exits</span> of its 97 closed trades.");
        assertThat(html.split("<circle class=\"marker\"", -1)).hasSize(2 * 97 + 1);
        // the strategy's two SMAs drawn over the closes
        String priceChart = html.substring(html.indexOf("id=\"price-ORCL-SIM-chart\""));
        priceChart = priceChart.substring(0, priceChart.indexOf("</svg>"));
        assertThat(priceChart.split("<polyline", -1)).hasSize(3 + 1);
        assertThat(html).contains("Sma.value", "Sma#2.value");
        assertThat(html.substring(html.indexOf("id=\"trades\"")).split("<tr><td>ORCL.SIM</td>", -1)).hasSize(97 + 1);
    }

    @Test
    void pdfHasTheExpectedPagesSectionsAndSummaryNumbers(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("run");
        assertThat(backtest(out, dir.resolve("home")).exitCode()).isZero();
        Path pdf = dir.resolve("report/tearsheet.pdf");

        Cli report = Cli.run("report", out.toString(), "--pdf", pdf.toString());

        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertThat(report.out()).contains("wrote " + pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(PDF_PAGES);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Price: ORCL.SIM", "Sma.value", "Sma#2.value");
            assertThat(text).contains("Metrics", "Equity", "Drawdown", "Monthly returns", "Rolling Sharpe ratio and volatility",
                    "Return distribution", "Attribution by instrument", "Trades", "97 closed trades.", "buy and hold ORCL.SIM");
            JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
            for (String key : new String[] {"total_return", "cagr", "sharpe_ratio", "max_drawdown", "closed_trades"}) {
                assertThat(text).contains(key + " " + summary.get("metrics").get(key).asText() + " "
                        + summary.get("benchmark_buy_and_hold").get("ORCL.SIM").get(key).asText());
            }
            assertThat(text.split("ORCL\\.SIM (BUY|SELL|LONG|SHORT)", -1)).hasSize(97 + 1);
        }
    }

    @Test
    void storedRunGivesTheSamePageAsItsDirectory(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("run");
        Path home = dir.resolve("home");
        assertThat(backtest(out, home).exitCode()).isZero();
        Path stored = dir.resolve("stored.html");

        Cli report = Cli.run("report", "last", "--home", home.toString(), "--out", stored.toString());

        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertThat(Cli.run("report", out.toString()).exitCode()).isZero();
        String fromStore = Files.readString(stored);
        String fromDir = Files.readString(out.resolve("tearsheet.html"));
        assertThat(fromStore).contains(SECTIONS);
        assertThat(fromStore.substring(fromStore.indexOf("<h2 id=\"equity\">")))
                .isEqualTo(fromDir.substring(fromDir.indexOf("<h2 id=\"equity\">")));
    }

    @Test
    void unknownDirectoryOrRunIsAUsageError(@TempDir Path dir) {
        Cli report = Cli.run("report", "42", "--home", dir.toString());

        assertThat(report.exitCode()).isNotZero();
        assertThat(report.err()).contains("no run 42");
    }
}
