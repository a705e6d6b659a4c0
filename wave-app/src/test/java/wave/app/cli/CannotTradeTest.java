package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that cannot trade says so: data shorter than the strategy's warm-up, or a spec whose instruments match no data
 * file, is refused before the run (exit 2, nothing written); an instrument too short among others is warned about.
 */
class CannotTradeTest {
    private static final Path ORCL_2014 = SharedData.require("backtrader/orcl-2014.txt");
    private static final Path SMA_CROSS_SPEC = Path.of("../wave-spec/src/main/resources/wave/spec/examples/sma-cross.toml");

    /** The header and the first {@code rows} rows of ORCL 2014. */
    private static Path firstRows(Path dir, String name, int rows) throws IOException {
        List<String> lines = Files.readAllLines(ORCL_2014);
        return Files.write(dir.resolve(name), lines.subList(0, rows + 1));
    }

    @Test
    void dataShorterThanTheWarmUpIsRefusedBeforeTheRun(@TempDir Path dir) throws IOException {
        Path data = firstRows(dir, "short.csv", 30);
        Path out = dir.resolve("out");
        Cli cli = Cli.run("backtest", "--no-record", "--data", data.toString(), "--strategy", "sma-cross", "--out", out.toString());

        // SMA(30) decides first on bar 30, the last one: its order could only fill on bar 31
        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("wave: error: nothing can trade: SHORT.SIM has 30 bars; sma-cross decides first on "
                + "bar 30 (its indicators' warm-up) and its orders fill a bar later: no order of it can fill\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void aSpecWhoseInstrumentsMatchNoFileIsRefused(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("aapl-only.toml"),
                Files.readString(SMA_CROSS_SPEC).replace("name = \"sma-cross\"", "name = \"sma-cross\"\ninstruments = [\"AAPL\"]"));
        Cli cli = Cli.run("backtest", "--no-record", "--data", ORCL_2014.toString(), "--spec", spec.toString());

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("wave: error: sma-cross trades none of the instruments loaded (ORCL.SIM): check the "
                + "spec's instruments patterns (they match a symbol such as ORCL or an id such as ORCL.SIM)\n");
    }

    @Test
    void oneInstrumentTooShortAmongOthersIsWarnedAbout(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        firstRows(data, "short.csv", 12);
        Files.copy(ORCL_2014, data.resolve("orcl.csv"));
        Cli cli = Cli.run("backtest", "--no-record", "--data", data.toString(), "--strategy", "sma-cross");

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.errLines()).contains("wave: warning: SHORT.SIM has 12 bars; sma-cross decides first on bar 30 (its "
                + "indicators' warm-up) and its orders fill a bar later: no order of it can fill");
    }
}
