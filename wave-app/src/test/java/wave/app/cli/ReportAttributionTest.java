package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attribution of a multi-instrument run: three Alpha Vantage files read in place through a directory of links. */
class ReportAttributionTest {
    @Test
    void perInstrumentAndPerSectorPnlSumToTheRunsClosedTradePnl(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        for (String file : List.of(SharedData.AAPL_ALPHA_VANTAGE, SharedData.AMGN_ALPHA_VANTAGE, SharedData.BA_ALPHA_VANTAGE)) {
            Path target = SharedData.require(file);
            Files.createSymbolicLink(data.resolve(target.getFileName()), target);
        }
        Path out = dir.resolve("run");
        Cli bt = Cli.run("backtest", "--data", data.toString(), "--strategy", "sma-cross", "--param", "fast=10", "--param", "slow=30",
                "--cash", "100000", "--fee-pct", "0.1", "--sizing", "fixed:10", "--out", out.toString(), "--home", dir.resolve("home").toString());
        assertThat(bt.exitCode()).as(bt.toString()).isZero();
        Path tables = dir.resolve("tables");

        Cli report = Cli.run("report", out.toString(), "--sectors", SharedData.require(SharedData.SECTORS).toString(),
                "--export", tables.toString(), "--pdf", dir.resolve("t.pdf").toString());

        assertThat(report.exitCode()).as(report.toString()).isZero();
        double total = 0;
        Set<String> traded = new HashSet<>();
        List<String> trades = Files.readAllLines(out.resolve("trades.csv"));
        for (String line : trades.subList(1, trades.size())) {
            String[] cells = line.split(",", -1);
            if (cells[10].equals("open")) {
                continue; // a position held at the end: not a closed trade
            }
            traded.add(cells[0]);
            total += Double.parseDouble(cells[9]);
        }
        assertThat(traded).hasSize(3);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode byInstrument = mapper.readTree(tables.resolve("attribution.json").toFile());
        JsonNode bySector = mapper.readTree(tables.resolve("attribution-sectors.json").toFile());
        assertThat(byInstrument).hasSize(3);
        assertThat(sum(byInstrument, "net_pnl")).isCloseTo(total, within(0.005 * 3));
        assertThat(sum(byInstrument, "share_of_net_pnl")).isCloseTo(1.0, within(0.0002));
        assertThat(sum(bySector, "net_pnl")).isCloseTo(total, within(0.005 * 3));
        Set<String> sectors = new HashSet<>();
        bySector.forEach(row -> sectors.add(row.get("sector").asText()));
        assertThat(sectors).containsExactlyInAnyOrder("Information Technology", "Health Care", "Industrials");
        String html = Files.readString(out.resolve("tearsheet.html"));
        assertThat(html).contains("id=\"attribution\"", "id=\"attribution-sectors\"", "<tr><td>Health Care</td>");
    }

    private static double sum(JsonNode rows, String field) {
        double s = 0;
        for (JsonNode row : rows) {
            s += row.get(field).asDouble();
        }
        return s;
    }
}
