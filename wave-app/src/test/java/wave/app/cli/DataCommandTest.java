package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.strategies.BundledStrategies;

/** {@code wave data synth} and {@code wave data validate}, and backtests on a directory of synthetic files. */
class DataCommandTest {
    @TempDir
    Path dir;

    @Test
    void synthWritesFilesThatBacktestRunsOn() throws IOException {
        Path out = dir.resolve("synth");

        Cli synth = Cli.run("data", "synth", "--out", out.toString(), "--bars", "300", "--seed", "7");

        assertThat(synth.exitCode()).as(synth.toString()).isZero();
        assertThat(synth.out().lines()).containsExactly(
                "wrote " + out.resolve("AAA.csv") + " (300 bars of 1d)",
                "wrote " + out.resolve("BBB.csv") + " (300 bars of 1d)",
                "wrote " + out.resolve("CCC.csv") + " (300 bars of 1d)");
        for (String name : List.of("AAA.csv", "BBB.csv", "CCC.csv")) {
            List<String> lines = Files.readAllLines(out.resolve(name));
            assertThat(lines).as(name).hasSize(301);
            assertThat(lines.getFirst()).isEqualTo("timestamp,open,high,low,close,volume");
            assertThat(lines.get(1)).startsWith("2015-01-02,");
        }
        assertThat(Files.readAllLines(out.resolve("AAA.csv")).get(1)).isEqualTo("2015-01-02,99.96,101.39,99.38,101.22,904322");

        Cli backtest = Cli.run("backtest", "--data", out.toString(), "--strategy", "sma-cross");

        assertThat(backtest.exitCode()).as(backtest.toString()).isZero();
        assertThat(backtest.err()).isEmpty();
        assertThat(backtest.out())
                .contains("Backtest sma-cross (fast=10, slow=30) on 3 instruments, 300 bars of 1d")
                .contains("Final equity 141,282.18 USD (from 100,000.00), 14 fills, 7 closed trades, fees 0.00, slippage 0.00")
                .contains("Buy & hold AAA.SIM: ").contains("Buy & hold BBB.SIM: ").contains("Buy & hold CCC.SIM: ");

        // The generated files are clean, and every bundled strategy runs on them with its defaults.
        Cli validate = Cli.run("data", "validate", out.toString());
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        for (String strategy : BundledStrategies.names()) {
            Cli run = Cli.run("backtest", "--data", out.toString(), "--strategy", strategy);
            assertThat(run.exitCode()).as(strategy + ": " + run).isZero();
            assertThat(run.out()).contains("Backtest " + strategy + " ").contains("Final equity ");
        }
    }

    @Test
    void sameSeedGivesTheSameFilesAndAnotherSeedDoesNot() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path c = dir.resolve("c");

        assertThat(Cli.run("data", "synth", "--out", a.toString(), "--bars", "100", "--seed", "7").exitCode()).isZero();
        assertThat(Cli.run("data", "synth", "--out", b.toString(), "--bars", "100", "--seed", "7").exitCode()).isZero();
        assertThat(Cli.run("data", "synth", "--out", c.toString(), "--bars", "100", "--seed", "8").exitCode()).isZero();

        for (String name : List.of("AAA.csv", "BBB.csv", "CCC.csv")) {
            assertThat(Files.readAllBytes(b.resolve(name))).isEqualTo(Files.readAllBytes(a.resolve(name)));
            assertThat(Files.readAllBytes(c.resolve(name))).isNotEqualTo(Files.readAllBytes(a.resolve(name)));
        }
    }

    @Test
    void validateCleanFileExitsZero() throws IOException {
        Path file = CsvFiles.write(dir.resolve("clean.csv"), CsvFiles.cleanRows(40));

        Cli run = Cli.run("data", "validate", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "clean.csv: 40 rows read, 40 kept, no findings",
                "  -> 40 bars of 1d for CLEAN.SIM");
    }

    @Test
    void validateLowAboveHighExitsOneNamingTheLine() throws IOException {
        List<String> rows = CsvFiles.cleanRows(40);
        String[] f = rows.get(6).split(",");
        // Line 7: swap high and low, so low > high.
        List<String> broken = CsvFiles.withField(CsvFiles.withField(rows, 7, 2, f[3]), 7, 3, f[2]);
        Path file = CsvFiles.write(dir.resolve("lowhigh.csv"), broken);

        Cli run = Cli.run("data", "validate", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out())
                .contains("lowhigh.csv: 40 rows read, 40 kept, 1 finding (1 OHLC_INCONSISTENT; 1 repaired)")
                .contains("lowhigh.csv:7: OHLC_INCONSISTENT: low " + f[2] + " above high " + f[3]);

        // Under --policy fail the same file is rejected, still naming the line.
        Cli strict = Cli.run("data", "validate", "--policy", "fail", file.toString());
        assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(1);
        assertThat(strict.out() + strict.err()).contains("lowhigh.csv:7");
    }
}
