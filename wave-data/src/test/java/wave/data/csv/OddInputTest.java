package wave.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Binary files, endless input and huge lines end in a short message naming the file, without raw bytes. */
class OddInputTest {
    @TempDir
    Path dir;

    @Test
    void aBinaryFileIsRecognisedAsNotText() throws Exception {
        Path file = dir.resolve("chart.png");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Files.write(file, png);

        DataFormatException e = catchThrowableOfType(DataFormatException.class,
                () -> CsvImporters.load(file, LoadOptions.defaults()));

        assertThat(e.getMessage()).isEqualTo("chart.png: not a text file (control byte 0x00 at byte offset 8); "
                + "expected CSV text: lines of fields separated by , ; tab or |");
    }

    @Test
    void aBinaryFileReadInAGivenFormatIsRecognisedToo() throws Exception {
        Path file = dir.resolve("prices.csv");
        Files.write(file, new byte[]{'d', 'a', 't', 'e', 0, 0, 0, 7, '\n'});

        DataFormatException e = catchThrowableOfType(DataFormatException.class,
                () -> CsvBarImporter.read(file, CsvFormat.yahoo(), LoadOptions.defaults()));

        assertThat(e.getMessage()).startsWith("prices.csv: not a text file (control byte 0x00 at byte offset 4)");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void devZeroFailsFast() {
        DataFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> catchThrowableOfType(
                DataFormatException.class, () -> CsvImporters.load(Path.of("/dev/zero"), LoadOptions.defaults())));

        assertThat(e.getMessage()).startsWith("zero: not a text file (control byte 0x00 at byte offset 0)");
    }

    @Test
    void aLineLongerThanTheWindowIsAnErrorNamingItsLine() throws Exception {
        Path file = dir.resolve("wide.csv");
        String huge = "2024-01-03," + "9".repeat(CsvRowReader.WINDOW_BYTES + 10) + "\n";
        Files.writeString(file, "timestamp,open,high,low,close\n2024-01-02,1,1,1,1\n" + huge, StandardCharsets.US_ASCII);

        DataFormatException e = catchThrowableOfType(DataFormatException.class,
                () -> CsvImporters.load(file, LoadOptions.defaults()));

        assertThat(e.getMessage()).isEqualTo("wide.csv:3: expected lines of CSV text, got 1048576 bytes without a line end: '2024-01-03,"
                + "9".repeat(69) + "...'");
    }
}
