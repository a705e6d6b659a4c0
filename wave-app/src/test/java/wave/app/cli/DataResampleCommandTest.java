package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.data.csv.CsvImporters;
import wave.data.csv.LoadOptions;
import wave.domain.market.BarLabel;
import wave.domain.market.BarSeries;

/** {@code wave data resample} on backtrader's 1-minute file: the file written reads back as the resampled bars. */
class DataResampleCommandTest {
    private static final String MINUTES = "backtrader/2006-01-02-volume-min-001.txt";

    @TempDir
    Path dir;

    @Test
    void writesStartStampedHourlyBarsThatReadBack() throws IOException {
        Path out = dir.resolve("hourly.csv");

        Cli cli = Cli.run("data", "resample", SharedData.require(MINUTES).toString(), "--to", "1h", "--out", out.toString());

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.out().strip()).isEqualTo("wrote " + out + " (532 bars of 1h from 30889 bars of 1m)");
        List<String> lines = Files.readAllLines(out);
        // The minutes ending 09:01 to 10:00 make the bar of 09:00-10:00, stamped with its start.
        assertThat(lines.subList(0, 3)).containsExactly("timestamp,open,high,low,close,volume",
                "2006-01-02 09:00:00,3602,3619,3596,3613,46340", "2006-01-02 10:00:00,3613,3616,3611,3613,15641");
        BarSeries read = CsvImporters.load(out, LoadOptions.defaults()).series();
        assertThat(read.label()).isEqualTo(BarLabel.START);
        assertThat(read.size()).isEqualTo(532);
    }

    @Test
    void nyseSessionsDropTheFilesEuropeanHours() throws IOException {
        Path out = dir.resolve("nyse.csv");

        Cli cli = Cli.run("data", "resample", SharedData.require(MINUTES).toString(), "--to", "1d", "--calendar", "nyse",
                "--out", out.toString());

        // Read as UTC, 09:00-22:00 overlaps the NYSE's 14:30-21:00 UTC (winter): the rest is outside its sessions,
        // and 2006-01-02, 01-16 and 02-20 are NYSE holidays.
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.out()).contains("(38 bars of 1d from 30889 bars of 1m, ").contains(" outside sessions dropped)");
    }

    @Test
    void refusesAnUnknownOutsideSessionChoiceAndAnImpossibleLength() {
        Cli bad = Cli.run("data", "resample", SharedData.require(MINUTES).toString(), "--to", "1h", "--outside-session", "skip",
                "--out", dir.resolve("x.csv").toString());
        Cli shorter = Cli.run("data", "resample", SharedData.require(SharedData.ORCL).toString(), "--to", "1h",
                "--out", dir.resolve("y.csv").toString());

        assertThat(bad.exitCode()).isEqualTo(ErrorHandler.USAGE);
        assertThat(bad.err()).contains("--outside-session 'skip' not understood; expected drop or keep");
        assertThat(shorter.exitCode()).isEqualTo(ErrorHandler.USAGE);
        assertThat(shorter.err()).contains("cannot resample 1d bars to 1h");
    }
}
