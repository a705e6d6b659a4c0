package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors are one line on standard error ({@code wave: error: ...}) naming what is wrong and what is valid, with
 * exit status 2 for bad usage and 1 for bad data, and a stack trace only under {@code --verbose}. Uses a small
 * hand-made clean file so that no validation findings are printed before the error.
 */
class CliErrorsTest {
    @TempDir
    Path dir;

    private Path clean;

    @BeforeEach
    void cleanFile() throws IOException {
        clean = CsvFiles.write(dir.resolve("clean.csv"), CsvFiles.cleanRows(40));
    }

    private Cli backtest(String... extra) {
        List<String> args = new ArrayList<>(List.of("backtest", "--data", clean.toString()));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private static void assertOneLineUsageError(Cli run, String expectedLine) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.errLines()).as(run.toString()).containsExactly(expectedLine);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownStrategyListsTheValidOnes() {
        Cli run = backtest("--strategy", "sma-crosss");

        assertOneLineUsageError(run, "wave: error: unknown strategy 'sma-crosss'; valid strategies: buy-and-hold, sma-cross, "
                + "ema-cross, rsi-reversion, bollinger-reversion, donchian-breakout, macd-trend, sma-cross-ls, ema-cross-ls, "
                + "rsi-reversion-ls, macd-trend-ls, equal-weight-monthly, momentum-12-1");
    }

    @Test
    void unknownParameterListsTheValidOnes() {
        assertOneLineUsageError(backtest("--strategy", "sma-cross", "--param", "fats=10"),
                "wave: error: sma-cross: unknown parameter 'fats'; valid parameters: fast, slow");
        assertOneLineUsageError(backtest("--strategy", "buy-and-hold", "--param", "x=1"),
                "wave: error: buy-and-hold: unknown parameter 'x'; valid parameters: (none)");
    }

    @Test
    void outOfRangeValueNamesTheRange() {
        assertOneLineUsageError(backtest("--strategy", "sma-cross", "--param", "fast=1000"),
                "wave: error: sma-cross: parameter 'fast' = 1000 is out of range [2, 200]");
        assertOneLineUsageError(backtest("--strategy", "rsi-reversion", "--param", "lower=-5"),
                "wave: error: rsi-reversion: parameter 'lower' = -5 is out of range [0.0, 100.0]");
    }

    @Test
    void malformedOrInconsistentValuesAreNamed() {
        assertOneLineUsageError(backtest("--strategy", "sma-cross", "--param", "fast=abc"),
                "wave: error: sma-cross: parameter 'fast' expects an integer, got 'abc'");
        assertOneLineUsageError(backtest("--strategy", "sma-cross", "--param", "fast=30", "--param", "slow=10"),
                "wave: error: sma-cross: fast (30) must be < slow (10)");
    }

    @Test
    void missingDataFileNamesThePath() {
        Path missing = dir.resolve("no-such-file.csv");

        Cli run = Cli.run("backtest", "--data", missing.toString(), "--strategy", "sma-cross");

        assertOneLineUsageError(run, "wave: error: data file or directory not found: " + missing);
        Cli metrics = Cli.run("metrics", "--data", missing.toString());
        assertOneLineUsageError(metrics, "wave: error: data file or directory not found: " + missing);
    }

    @Test
    void badSizingNamesTheValidForms() {
        for (String sizing : List.of("bogus", "all-in:3", "half")) {
            assertOneLineUsageError(backtest("--strategy", "sma-cross", "--sizing", sizing),
                    "wave: error: sizing '" + sizing + "' not understood; expected all-in, fixed:<quantity> or percent:<0-100>");
        }
        assertOneLineUsageError(backtest("--strategy", "sma-cross", "--sizing", "percent:150"),
                "wave: error: percent size must be in (0, 100], got 150.0");
        assertOneLineUsageError(backtest("--strategy", "sma-cross", "--sizing", "fixed:0"),
                "wave: error: fixed size must be > 0, got 0");
    }

    @Test
    void badAccountOptionsAreNamed() {
        assertOneLineUsageError(backtest("--strategy", "sma-cross", "--cash", "lots"), "wave: error: --cash 'lots' is not a number");
        assertOneLineUsageError(backtest("--strategy", "sma-cross", "--fee-pct", "0.1", "--fee-fixed", "1"),
                "wave: error: choose one of --fee-pct, --fee-per-share, --fee-fixed");
        assertOneLineUsageError(backtest("--strategy", "sma-cross", "--on-bad-data", "ignore"),
                "wave: error: --on-bad-data 'ignore' not understood; expected fail, drop or repair");
    }

    @Test
    void unknownOptionPointsToHelp() {
        Cli run = backtest("--strategy", "sma-cross", "--bogus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("wave: error: Unknown option: '--bogus'",
                "Try 'wave backtest --help' for more information.");
    }

    @Test
    void aMistypedCommandOrOptionGetsTheClosestName() {
        Cli verb = Cli.run("backtst");
        Cli option = backtest("--strategy", "sma-cross", "--fee-pc", "0.1");

        assertThat(verb.exitCode()).isEqualTo(2);
        assertThat(verb.errLines()).containsExactly(
                "wave: error: Unmatched argument at index 0: 'backtst'; did you mean 'backtest'?",
                "Try 'wave --help' for more information.");
        assertThat(option.errLines().getFirst()).isEqualTo("wave: error: Unknown options: '--fee-pc', '0.1'; did you mean '--fee-pct'?");
    }

    @Test
    void aMissingAdjustedCloseNamesTheOptionNotAJavaName() {
        Cli run = Cli.run("backtest", "--data", SharedData.require("backtrader/2006-day-001.txt").toString(), "--strategy",
                "sma-cross", "--price-column", "adj-close", "--no-record");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("missing required column(s) an adjusted close (for --price-column adj-close)")
                .doesNotContain("PriceColumn").doesNotContain("java.");
    }

    @Test
    void helpTextsFormatWithoutWarnings() {
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        Cli run;
        try {
            run = Cli.run("demo", "--help");
        } finally {
            System.setErr(original);
        }

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("100,000 USD, 0.1% fees, 30% of equity per entry.");
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    }

    @Test
    void noStackTraceWithoutVerbose() {
        Cli run = backtest("--strategy", "nope");

        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void verbosePrintsTheStackTrace() {
        Cli run = backtest("--strategy", "nope", "--verbose");

        assertThat(run.exitCode()).isEqualTo(2);
        List<String> lines = run.errLines();
        assertThat(lines.getFirst()).startsWith("wave: error: unknown strategy 'nope'; valid strategies: buy-and-hold");
        assertThat(lines.get(1)).startsWith("java.lang.IllegalArgumentException: unknown strategy 'nope'");
        assertThat(lines).anyMatch(l -> l.startsWith("\tat wave.app.cli.StrategyCatalog.byName("));
        assertThat(lines).anyMatch(l -> l.startsWith("\tat wave.app.cli.BacktestCommand.call("));
    }

    @Test
    void unparsableNumberNamesFileLineAndColumn() throws IOException {
        Path bad = CsvFiles.write(dir.resolve("bad.csv"), CsvFiles.withField(CsvFiles.cleanRows(40), 5, 2, "12.3x"));
        String expected = "wave: error: bad.csv:5: column 'High': expected a decimal number, got '12.3x'";

        for (Cli run : List.of(Cli.run("backtest", "--data", bad.toString(), "--strategy", "sma-cross"),
                Cli.run("metrics", "--data", bad.toString()),
                Cli.run("data", "validate", bad.toString()))) {
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.errLines()).as(run.toString()).containsExactly(expected);
        }
    }

    /**
     * BUG (wave-app ErrorHandler): when --out names an existing regular file, Files.createDirectories throws
     * FileAlreadyExistsException whose message is only the path, so the user sees {@code wave: error: /path/x}
     * with no word on what went wrong. Expected: a message that says the output directory cannot be created
     * because a file of that name exists (or is not a directory).
     */
    @Test
    void outputDirectoryThatIsAFileIsExplained() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "not a directory");

        Cli run = backtest("--strategy", "sma-cross", "--param", "fast=2", "--param", "slow=5", "--out", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isNotZero();
        String last = run.errLines().getLast();
        assertThat(last).startsWith("wave: error: ").contains(file.toString());
        assertThat(last).as("says why, not just the path").isNotEqualTo("wave: error: " + file)
                .containsPattern("(?i)exists|not a directory");
    }
}
