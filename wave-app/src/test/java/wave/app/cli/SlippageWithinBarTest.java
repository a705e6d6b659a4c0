package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --slippage} keeps fills within their bar by default and reports what did not fit;
 * {@code --slippage-outside-bar} charges it (ORCL 1995-2014, sma-cross(10, 30), fixed:100, 50 bps).
 */
class SlippageWithinBarTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Cli backtest(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("backtest", "--no-record", "--data",
                SharedData.require(SharedData.ORCL).toString(), "--strategy", "sma-cross", "--sizing", "fixed:100",
                "--slippage", "bps:50", "--out", out.toString()));
        args.addAll(List.of(extra));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        return cli;
    }

    @Test
    void theSlippageBeyondTheBarIsReportedAndChargedOnlyWithTheOption(@TempDir Path dir) throws IOException {
        Cli within = backtest(dir.resolve("within"));
        Cli outside = backtest(dir.resolve("outside"), "--slippage-outside-bar");
        JsonNode w = JSON.readTree(dir.resolve("within/summary.json").toFile());
        JsonNode o = JSON.readTree(dir.resolve("outside/summary.json").toFile());

        // the same 195 fills of 100 shares; what the bars' range cut off is exactly what the option charges on top
        assertThat(w.get("fills").asInt()).isEqualTo(195).isEqualTo(o.get("fills").asInt());
        BigDecimal beyond = new BigDecimal(w.get("slippage_beyond_bar").asText());
        assertThat(beyond).isPositive();
        assertThat(new BigDecimal(w.get("total_slippage").asText()).add(beyond))
                .isEqualByComparingTo(new BigDecimal(o.get("total_slippage").asText()));
        assertThat(new BigDecimal(o.get("slippage_beyond_bar").asText())).isZero();
        assertThat(w.get("settings").get("slippage_outside_bar").asBoolean()).isFalse();
        assertThat(o.get("settings").get("slippage_outside_bar").asBoolean()).isTrue();
        assertThat(within.out()).contains("Slippage beyond the bars' range, not charged: ");
        assertThat(outside.out()).doesNotContain("Slippage beyond").contains("slippage 50.0 bps (may leave the bar)");

        // every fill of the default run is within its bar
        List<String> fills = Files.readAllLines(dir.resolve("within/fills.csv"));
        Map<String, String[]> bars = new HashMap<>();
        for (String line : Files.readAllLines(SharedData.require(SharedData.ORCL))) {
            bars.put(line.split(",")[0], line.strip().split(","));
        }
        for (String row : fills.subList(1, fills.size())) {
            String[] f = row.split(",");
            String[] bar = bars.get(f[0]);
            assertThat(new BigDecimal(f[5])).as(row).isBetween(new BigDecimal(bar[3]), new BigDecimal(bar[2]));
        }
    }
}
