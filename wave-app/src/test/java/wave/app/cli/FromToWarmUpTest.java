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

/** {@code --from/--to}: bars before --from warm the strategy up (LEAN's warm-up), results cover the period only. */
class FromToWarmUpTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theFirstSignalAfterFromIsTheFullRunsSignalOfThatDate() throws IOException {
        Path orcl = SharedData.require(SharedData.ORCL);
        Path full = dir.resolve("full");
        Path period = dir.resolve("period");

        Cli all = Cli.run("backtest", "--data", orcl.toString(), "--strategy", "sma-cross", "--out", full.toString(), "--no-record");
        Cli cut = Cli.run("backtest", "--data", orcl.toString(), "--strategy", "sma-cross", "--from", "2005-01-03",
                "--to", "2010-12-31", "--out", period.toString(), "--no-record");

        assertThat(all.exitCode()).as(all.toString()).isZero();
        assertThat(cut.exitCode()).as(cut.toString()).isZero();
        List<String> fullFills = rows(full.resolve("fills.csv"));
        List<String> periodFills = rows(period.resolve("fills.csv"));
        assertThat(periodFills).isNotEmpty().allSatisfy(row -> assertThat(row.substring(0, 10)).isBetween("2005-01-03", "2010-12-31"));
        // Date and side of the first fill: the full run (long at 2005-01-03 or not) fills the same signal that day.
        String first = dateAndSide(periodFills.getFirst());
        assertThat(fullFills.stream().map(FromToWarmUpTest::dateAndSide)).contains(first);
        // Warmed up on the ten years before, the 30-bar SMA signals in January 2005, not 30 bars later.
        assertThat(first).startsWith("2005-01");

        JsonNode summary = JSON.readTree(period.resolve("summary.json").toFile());
        assertThat(summary.get("metrics").get("start_time").asText()).isEqualTo("2005-01-03T00:00:00Z");
        assertThat(summary.get("metrics").get("end_time").asText()).isEqualTo("2010-12-31T00:00:00Z");
        assertThat(summary.get("metrics").get("start_equity").asDouble()).isEqualTo(100_000.0);
        assertThat(summary.get("benchmark_buy_and_hold").get("ORCL.SIM").get("start_time").asText())
                .isEqualTo("2005-01-03T00:00:00Z");
        assertThat(summary.get("settings").get("period").asText()).isEqualTo("2005-01-03 to 2010-12-31");
        assertThat(rows(period.resolve("equity.csv")).getFirst()).startsWith("2005-01-03");
    }

    @Test
    void badOrEmptyPeriodsAreNamed() {
        Path orcl = SharedData.require(SharedData.ORCL);

        Cli badDate = Cli.run("backtest", "--data", orcl.toString(), "--strategy", "sma-cross", "--from", "2005-13-01", "--no-record");
        Cli reversed = Cli.run("backtest", "--data", orcl.toString(), "--strategy", "sma-cross", "--from", "2010-01-01",
                "--to", "2005-01-01", "--no-record");
        Cli outside = Cli.run("backtest", "--data", orcl.toString(), "--strategy", "sma-cross", "--from", "2020-01-01", "--no-record");

        assertThat(badDate.errLines()).contains("wave: error: --from '2005-13-01' is not a date; expected yyyy-MM-dd, e.g. 2010-01-04");
        assertThat(reversed.errLines()).contains("wave: error: --from 2010-01-01 is after --to 2005-01-01");
        assertThat(outside.errLines())
                .contains("wave: error: no bar lies in from 2020-01-01; the data runs from 1995-01-03 to 2014-12-31");
        assertThat(List.of(badDate.exitCode(), reversed.exitCode(), outside.exitCode())).containsOnly(2);
    }

    private static List<String> rows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        return lines.subList(1, lines.size());
    }

    private static String dateAndSide(String fillRow) {
        String[] f = fillRow.split(",");
        return f[0] + " " + f[3];
    }
}
