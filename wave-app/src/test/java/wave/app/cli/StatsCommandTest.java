package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wave stats} on a recorded ORCL sma-cross run (all-in, 0.1% fees): the cheap statistics agree with the
 * {@code statistics.json} its backtest wrote, the Monte Carlo is reproducible under a seed, and a reshuffle of its
 * trades ends every path at the closed trades' equity.
 */
class StatsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Path out;

    @BeforeAll
    static void backtest() {
        out = dir.resolve("out");
        Cli run = Cli.run("backtest", "--data", SharedData.require(SharedData.ORCL).toString(), "--strategy", "sma-cross",
                "--fee-pct", "0.1", "--out", out.toString(), "--home", home());
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    @Test
    void theBacktestsStatisticsJsonHoldsTheCheapStatisticsOfWaveStats() throws IOException {
        JsonNode written = JSON.readTree(out.resolve("statistics.json").toFile());
        Cli stats = Cli.run("stats", "last", "--json", "--home", home());
        assertThat(stats.exitCode()).as(stats.toString()).isZero();
        JsonNode printed = JSON.readTree(stats.out());

        assertThat(written.has("bootstrap_sharpe")).isFalse();
        for (String section : List.of("returns", "mean_return", "ljung_box", "durbin_watson", "deflated_sharpe",
                "difference_to_benchmark", "variance_vs_benchmark")) {
            assertThat(written.get(section)).as(section).isEqualTo(printed.get(section));
        }
        assertThat(written.at("/returns/count").asInt()).isEqualTo(5035);
        assertThat(written.at("/mean_return/t").asDouble()).isCloseTo(1.7119, within(1e-4));
        assertThat(written.at("/mean_return/p_value").asDouble()).isCloseTo(0.08698, within(1e-5));
        assertThat(written.at("/ljung_box/q").asDouble()).isCloseTo(66.152, within(1e-3));
        assertThat(written.at("/durbin_watson/statistic").asDouble()).isCloseTo(2.1149, within(1e-4));
        assertThat(written.at("/deflated_sharpe/probability").asDouble()).isCloseTo(0.9588, within(1e-4));
        assertThat(written.at("/difference_to_benchmark/information_ratio").asDouble()).isCloseTo(-0.4118, within(1e-4));
        assertThat(written.at("/variance_vs_benchmark/f").asDouble()).isCloseTo(0.4606, within(1e-4));
        // The deflated Sharpe ratio's Sharpe ratio is the run's, as summary.json reports it.
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(written.at("/deflated_sharpe/sharpe").asDouble()).isCloseTo(summary.at("/metrics/sharpe_ratio").asDouble(), within(1e-12));
        assertThat(printed.at("/bootstrap_sharpe/lower").asDouble()).isLessThan(printed.at("/bootstrap_sharpe/upper").asDouble());
    }

    @Test
    void theMonteCarloIsReproducibleAndAReshuffleKeepsTheClosedTradesEquity() throws IOException {
        String[] args = {"stats", "last", "--bootstrap", "0", "--monte-carlo", "300", "--seed", "7", "--trade-unit", "pnl",
                "--json", "--home", home()};
        Cli first = Cli.run(args);
        Cli again = Cli.run(args);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(again.out()).isEqualTo(first.out());

        BigDecimal closed = new BigDecimal(100_000);
        List<String> trades = Files.readAllLines(out.resolve("trades.csv"));
        for (String line : trades.subList(1, trades.size())) {
            String[] f = line.split(",");
            if (f[10].equals("closed")) {
                closed = closed.add(new BigDecimal(f[9]));
            }
        }
        JsonNode reshuffle = JSON.readTree(first.out()).get("monte_carlo_trade_reshuffle");
        assertThat(reshuffle.get("steps").asInt()).isEqualTo(97);
        assertThat(reshuffle.get("trade_unit").asText()).isEqualTo("pnl");
        for (String p : List.of("p5", "p25", "p50", "p75", "p95")) {
            assertThat(reshuffle.get("final_equity_" + p).asDouble()).isEqualTo(closed.doubleValue());
        }
        assertThat(reshuffle.get("max_drawdown_p5").asDouble()).isLessThan(reshuffle.get("max_drawdown_p95").asDouble());
        JsonNode blocks = JSON.readTree(first.out()).get("monte_carlo_block_bootstrap");
        assertThat(blocks.get("block_length").asInt()).isEqualTo(17);
        assertThat(blocks.get("ruin_probability").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void theTextShowsOneLinePerSectionAndAPercentileRowPerQuantity() {
        Cli run = Cli.run("stats", "last", "--bootstrap", "200", "--monte-carlo", "100", "--home", home());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Statistics of run 1 (sma-cross)\n")
                .contains("  mean_return ", " t 1.712 df 5034 p_value 0.08698")
                .contains("  bootstrap_sharpe ", " resamples 200 seed 1")
                .contains("  monte_carlo_trade_reshuffle ", "trade_unit return")
                .containsPattern("\\n +final_equity p5 [0-9.]+ p25 [0-9.]+ p50 [0-9.]+ p75 [0-9.]+ p95 [0-9.]+\\n");
    }

    @Test
    void manyTrialsNeedTheirSharpeVariance() {
        Cli run = Cli.run("stats", "last", "--trials", "20", "--home", home());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wave: error: --trials 20 needs --trial-sharpe-variance: the variance of the trials' "
                + "annualised Sharpe ratios\n");
    }

    @Test
    void moreTrialsLowerTheDeflatedSharpeRatio() throws IOException {
        Cli run = Cli.run("stats", "last", "--bootstrap", "0", "--trials", "100", "--trial-sharpe-variance", "0.5", "--json",
                "--home", home());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode dsr = JSON.readTree(run.out()).get("deflated_sharpe");
        assertThat(dsr.get("trials").asInt()).isEqualTo(100);
        assertThat(dsr.get("expected_max_sharpe").asDouble()).isCloseTo(1.790, within(1e-3));
        assertThat(dsr.get("probability").asDouble()).isLessThan(0.01);
    }

    @Test
    void anUnknownRunIsAUsageError() {
        Cli run = Cli.run("stats", "99", "--home", home());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no run 99 in ").contains("'wave runs list' shows the recorded runs");
    }

    private static String home() {
        return dir.resolve("home").toString();
    }
}
