package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Data that is not a CSV file ends a run at once with one short line naming it. */
class OddDataCommandTest {
    @TempDir
    Path dir;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void devZeroIsRefusedAtOnce() {
        Cli run = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> Cli.run("backtest", "--data", "/dev/zero", "--strategy", "sma-cross", "--no-record"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("wave: error: data /dev/zero is not a regular file (a device or a pipe);"
                + " expected a CSV file or a directory of CSV files").hasSizeLessThan(300);
    }

    @Test
    void aBinaryFileIsNamedAsNotTextWithoutItsBytes() throws IOException {
        Path file = dir.resolve("prices.csv");
        Files.write(file, new byte[]{(byte) 0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, (byte) 0xFF, (byte) 0xFE, '\n'});

        Cli run = Cli.run("backtest", "--data", file.toString(), "--strategy", "sma-cross", "--no-record");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("wave: error: prices.csv: not a text file (control byte 0x00 at byte offset 7);"
                + " expected CSV text: lines of fields separated by , ; tab or |");
    }
}
