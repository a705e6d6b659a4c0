package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.app.config.ConfigLocations;

/**
 * {@code wave backtest --config FILE} on ORCL 1995-2014: the same run given by a file and by flags writes
 * byte-identical files; a flag beats the file and the file beats the default.
 */
class ConfigFileRunTest {
    private static final Path EXAMPLES = Path.of("../wave-spec/src/main/resources/wave/spec/examples");
    private static final List<String> REPORT_FILES = List.of("trades.csv", "fills.csv", "equity.csv", "summary.json");

    @TempDir
    Path dir;

    @Test
    void aRunFromTheFileEqualsTheSameRunFromFlags() throws IOException {
        String orcl = SharedData.require(SharedData.ORCL).toString();
        Path config = Files.writeString(dir.resolve("run.toml"), """
                [data]
                path = "%s"
                price_column = "close"
                on_bad_data = "fail"

                [strategy]
                name = "sma-cross"

                [strategy.params]
                fast = 10
                slow = 30

                [sizing]
                rule = "percent:50"

                [costs]
                fee_pct = 0.1
                slippage_pct = 0.05     # 5 bps

                [execution]
                calendar = "nyse"
                latency_bars = 1
                max_volume_pct = 10
                intrabar_path = "nearest-extreme"
                close_at_end = true

                [account]
                cash = 50000
                currency = "USD"
                allow_short = true
                initial_margin_pct = 50
                maintenance_margin_pct = 25
                borrow_rate_pct = 3.6

                [output]
                dir = "from-file"       # next to run.toml
                """.formatted(orcl));

        Cli flags = Cli.run("backtest", "--data", orcl, "--price-column", "close", "--on-bad-data", "fail",
                "--strategy", "sma-cross", "--param", "fast=10", "--param", "slow=30", "--sizing", "percent:50",
                "--fee-pct", "0.1", "--slippage", "bps:5", "--calendar", "nyse", "--latency-bars", "1", "--max-volume-pct", "10",
                "--intrabar-path", "nearest-extreme", "--close-at-end", "--cash", "50000", "--currency", "USD", "--allow-short",
                "--margin", "0.5/0.25", "--borrow-rate", "3.6", "--out", dir.resolve("from-flags").toString());
        Cli file = Cli.run("backtest", "--config", config.toString());

        assertSameRun(flags, file, "from-flags", "from-file");
        assertThat(flags.out()).contains("cash 50000 USD, fees 0.1% of notional, sizing percent:50", "latency 1 bar",
                "at most 10% of bar volume", "slippage 5.0 bps");
    }

    @Test
    void aSpecRunFromTheFileEqualsTheSameRunFromFlags() throws IOException {
        String orcl = SharedData.require(SharedData.ORCL).toString();
        Path spec = EXAMPLES.resolve("sma-cross.toml").toAbsolutePath().normalize();
        Path config = Files.writeString(dir.resolve("wave.toml"), """
                data.path = "%s"
                strategy = { spec = "%s", params = { fast = 20, slow = 50 } }
                costs = { fee_per_share = 0.01, fee_min = 1, spread_pct = 0.1 }
                sizing.rule = "fixed:100"
                execution.latency_ms = 0
                """.formatted(orcl, spec));

        Cli flags = Cli.run("backtest", "--data", orcl, "--spec", spec.toString(), "--param", "fast=20", "--param", "slow=50",
                "--fee-per-share", "0.01", "--fee-min", "1", "--slippage", "spread-bps:10", "--sizing", "fixed:100", "--out", dir.resolve("a").toString());
        Cli file = Cli.runIn(new ConfigLocations(dir.resolve("no-home"), dir), "backtest", "--out", dir.resolve("b").toString());

        assertSameRun(flags, file, "a", "b");
        assertThat(file.out()).contains("fees 0.01 per unit, min 1", "slippage half of a 10.0 bps spread").doesNotContain(" 0 fills");
    }

    @Test
    void aFlagBeatsTheFileAndTheFileBeatsTheDefault() throws IOException {
        String orcl = SharedData.require(SharedData.ORCL).toString();
        Path config = Files.writeString(dir.resolve("wave.toml"), """
                [data]
                path = "%s"
                [strategy]
                name = "sma-cross"
                params = { fast = 10, slow = 30 }
                [sizing]
                rule = "fixed:100"
                [costs]
                fee_pct = 0.2
                [execution]
                calendar = "nyse"
                [account]
                allow_short = true
                """.formatted(orcl));

        Cli run = Cli.run("backtest", "--config", config.toString(), "--fee-fixed", "1", "--no-allow-short",
                "--param", "fast=12", "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("out/summary.json").toFile());
        JsonNode settings = summary.get("settings");
        assertThat(settings.get("fees").asText()).as("--fee-fixed replaces the file's fee_pct").isEqualTo("1 per fill");
        assertThat(settings.get("allow_short").asBoolean()).as("--no-allow-short beats the file").isFalse();
        assertThat(summary.get("params").get("fast").asInt()).as("--param beats the file").isEqualTo(12);
        assertThat(summary.get("params").get("slow").asInt()).as("the file's other parameter stays").isEqualTo(30);
        assertThat(settings.get("calendar").asText()).as("the file beats the default 24/7").isEqualTo("nyse");
        assertThat(settings.get("sizing").asText()).as("the file beats the default all-in").isEqualTo("fixed:100");
        assertThat(settings.get("latency_bars").asInt()).as("neither: the default").isZero();
    }

    @Test
    void aStrategyFlagReplacesTheFilesStrategyAndItsParameters() throws IOException {
        String orcl = SharedData.require(SharedData.ORCL).toString();
        Path config = Files.writeString(dir.resolve("wave.toml"), """
                data = { path = "%s" }
                strategy = { name = "sma-crss", params = { fast = 10, slow = 30 } }
                """.formatted(orcl));

        Cli run = Cli.run("backtest", "--config", config.toString(), "--strategy", "rsi-reversion", "--out", dir.resolve("o").toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Backtest rsi-reversion (");
    }

    private void assertSameRun(Cli a, Cli b, String outA, String outB) throws IOException {
        assertThat(a.exitCode()).as(a.toString()).isZero();
        assertThat(b.exitCode()).as(b.toString()).isZero();
        for (String name : REPORT_FILES) {
            assertThat(Files.readAllBytes(dir.resolve(outB).resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(dir.resolve(outA).resolve(name)));
        }
        assertThat(b.out().replace(dir.resolve(outB).toString(), "DIR")).isEqualTo(a.out().replace(dir.resolve(outA).toString(), "DIR"));
        assertThat(b.err()).isEqualTo(a.err());
        assertThat(a.out()).doesNotContain(" 0 fills");
    }

    @Test
    void theStoreUrlOfTheFileChoosesWhereTheRunIsRecordedAndTheFlagWins() throws IOException {
        String orcl = SharedData.require(SharedData.ORCL).toString();
        Path fromFile = dir.resolve("from-file.db");
        Path fromFlag = dir.resolve("from-flag.db");
        Path config = Files.writeString(dir.resolve("store.toml"), """
                [data]
                path = "%s"

                [strategy]
                name = "sma-cross"

                [store]
                url = "sqlite:%s"
                """.formatted(orcl, fromFile));

        Cli byFile = Cli.run("backtest", "--config", config.toString());
        assertThat(byFile.exitCode()).as(byFile.toString()).isZero();
        assertThat(byFile.out()).contains("Recorded in the run history of sqlite:" + fromFile);
        assertThat(fromFile).exists();

        Cli byFlag = Cli.run("backtest", "--config", config.toString(), "--store-url", "sqlite:" + fromFlag);
        assertThat(byFlag.out()).contains("Recorded in the run history of sqlite:" + fromFlag);
        assertThat(fromFlag).exists();
    }
}
