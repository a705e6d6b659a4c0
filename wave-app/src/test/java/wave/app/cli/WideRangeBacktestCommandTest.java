package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wave.domain.money.RangeMode;
import wave.domain.money.Scales;

/**
 * {@code wave backtest} end to end in the wide range (JVM started with {@code -Dwave.range=wide}): the CSV loader, the
 * CLI's amounts, the kernel and the report writers on ORCL 1995-2014, sma-cross(10, 30), 100,000 USD, 0.1% fees. The
 * trades are those of the standard range and the final equity is within a cent of its pinned figures
 * ({@link BacktestCommandTest}); a site that mixed up the kinds of raw values would be off by orders of magnitude.
 */
@Tag("wide-range")
class WideRangeBacktestCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fixed:100, " + BacktestCommandTest.FIXED_100_FINAL_EQUITY, "all-in, " + BacktestCommandTest.ALL_IN_FINAL_EQUITY})
    void smaCrossOnOrclMatchesTheStandardRange(String sizing, String standardFinalEquity, @TempDir Path out) throws IOException {
        assertThat(Scales.MODE).isEqualTo(RangeMode.WIDE);
        Path orcl = SharedData.require(SharedData.ORCL);

        Cli run = Cli.run("backtest", "--data", orcl.toString(), "--strategy", "sma-cross", "--param", "fast=10",
                "--param", "slow=30", "--cash", "100000", "--fee-pct", "0.1", "--sizing", sizing, "--out", out.toString(),
                "--no-record");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("195 fills, 97 closed trades");
        JsonNode summary = JSON.readTree(Files.readString(out.resolve("summary.json")));
        BigDecimal wide = new BigDecimal(summary.get("final_equity").asText());
        assertThat(wide.subtract(new BigDecimal(standardFinalEquity)).abs()).as("final equity %s, standard %s", wide,
                standardFinalEquity).isLessThanOrEqualTo(new BigDecimal("0.01"));
        assertThat(new BigDecimal(summary.get("final_cash").asText()).signum()).isPositive();
    }
}
