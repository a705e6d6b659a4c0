package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad values of {@code --latency-bars}, {@code --max-volume-pct} and {@code --slippage} are one-line errors naming
 * the option and its valid forms, with exit status 2; good ones run. Uses a small hand-made clean file.
 */
class ExecutionOptionsErrorsTest {
    private static final String SLIPPAGE_FORMS = "expected none, bps:<basis points>, spread-bps:<basis points> or sqrt:<k>";

    @TempDir
    Path dir;

    private Path clean;

    @BeforeEach
    void cleanFile() throws IOException {
        clean = CsvFiles.write(dir.resolve("clean.csv"), CsvFiles.cleanRows(40));
    }

    private Cli backtest(String... extra) {
        List<String> args = new ArrayList<>(List.of("backtest", "--data", clean.toString(), "--strategy", "sma-cross",
                "--param", "fast=3", "--param", "slow=8"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private void assertOneLineUsageError(String expectedLine, String... extra) {
        Cli run = backtest(extra);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.errLines()).as(run.toString()).containsExactly(expectedLine);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badLatencyIsNamed() {
        String expected = "is not valid; expected a whole number of bars >= 0";
        assertOneLineUsageError("wave: error: --latency-bars '-1' " + expected, "--latency-bars", "-1");
        assertOneLineUsageError("wave: error: --latency-bars 'one' " + expected, "--latency-bars", "one");
        assertOneLineUsageError("wave: error: --latency-bars '1.5' " + expected, "--latency-bars", "1.5");
    }

    @Test
    void badVolumeCapIsNamed() {
        String expected = "is not valid; expected a percentage of each bar's volume in (0, 100]";
        assertOneLineUsageError("wave: error: --max-volume-pct '0' " + expected, "--max-volume-pct", "0");
        assertOneLineUsageError("wave: error: --max-volume-pct '150' " + expected, "--max-volume-pct", "150");
        assertOneLineUsageError("wave: error: --max-volume-pct '-5' " + expected, "--max-volume-pct", "-5");
        assertOneLineUsageError("wave: error: --max-volume-pct 'NaN' " + expected, "--max-volume-pct", "NaN");
        assertOneLineUsageError("wave: error: --max-volume-pct '10%' " + expected, "--max-volume-pct", "10%");
    }

    @Test
    void unknownSlippageListsTheValidForms() {
        assertOneLineUsageError("wave: error: --slippage 'fixed:5' not understood; " + SLIPPAGE_FORMS, "--slippage", "fixed:5");
        assertOneLineUsageError("wave: error: --slippage '5' not understood; " + SLIPPAGE_FORMS, "--slippage", "5");
        assertOneLineUsageError("wave: error: --slippage '' not understood; " + SLIPPAGE_FORMS, "--slippage", "");
    }

    @Test
    void badSlippageValuesNameTheRange() {
        assertOneLineUsageError("wave: error: --slippage 'bps:abc' is not valid; expected bps:<basis points> with 0 <= bps < 10000",
                "--slippage", "bps:abc");
        assertOneLineUsageError("wave: error: --slippage 'bps:-1' is not valid; expected bps:<basis points> with 0 <= bps < 10000",
                "--slippage", "bps:-1");
        assertOneLineUsageError("wave: error: --slippage 'bps' is not valid; expected bps:<basis points> with 0 <= bps < 10000",
                "--slippage", "bps");
        assertOneLineUsageError("wave: error: --slippage 'spread-bps:20000' is not valid; expected spread-bps:<basis points> "
                + "with 0 <= spread < 20000", "--slippage", "spread-bps:20000");
        assertOneLineUsageError("wave: error: --slippage 'sqrt:-0.5' is not valid; expected sqrt:<k> with k >= 0",
                "--slippage", "sqrt:-0.5");
    }

    @Test
    void goodValuesRun() {
        for (String[] options : List.of(new String[] {"--slippage", "none"}, new String[] {"--slippage", "bps:5"},
                new String[] {"--slippage", "spread-bps:10"}, new String[] {"--slippage", "SQRT:0.5"},
                new String[] {"--latency-bars", "2"}, new String[] {"--max-volume-pct", "100"},
                new String[] {"--max-volume-pct", "2.5"})) {
            Cli run = backtest(options);
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).contains("Final equity ").contains(", slippage ");
        }
    }
}
