package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} is checked before the run, and a run's files appear together or not at all (they are written beside
 * {@code --out} and moved into it once complete); {@code data synth} writes only inside its {@code --out}.
 */
class OutputDirectoryTest {
    private static final String ORCL_2014 = SharedData.require("backtrader/orcl-2014.txt").toString();

    private static Cli backtest(String out) {
        return Cli.run("backtest", "--no-record", "--data", ORCL_2014, "--strategy", "sma-cross", "--out", out);
    }

    @Test
    void anExistingFileAsOutFailsBeforeTheRun(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        Cli cli = backtest(file.toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("wave: error: --out " + file + " is a file, not a directory\n");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void anEmptyOutIsRefused() {
        Cli cli = backtest("");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("wave: error: --out is empty; give a directory (it is created if needed)\n");
    }

    @Test
    void anOutputThatCannotBeWrittenLeavesNoPartialFiles(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out").resolve("summary.json")).getParent();
        Cli cli = backtest(out.toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("wave: error: --out " + out + ": summary.json is a directory, where the run "
                + "writes a file\n");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("summary.json");
        }
    }

    @Test
    void aRunMovesAllItsFilesIntoOutAndLeavesNothingBeside(@TempDir Path dir) throws IOException {
        Cli cli = backtest(dir.resolve("out").toString());

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        try (Stream<Path> files = Files.list(dir.resolve("out")); Stream<Path> beside = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("trades.csv", "fills.csv",
                    "orders.csv", "equity.csv", "summary.json", "statistics.json");
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactly("out");
        }
    }

    @Test
    void synthRefusesASymbolThatWouldWriteOutsideOut(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("a").resolve("b");
        Cli cli = Cli.run("data", "synth", "--out", out.toString(), "--symbols", "AAA,../../evil", "--bars", "10");

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("wave: error: --symbols: '../../evil' cannot name a file in --out; use letters, "
                + "digits, '.', '_' and '-' (not first: '.')\n");
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
