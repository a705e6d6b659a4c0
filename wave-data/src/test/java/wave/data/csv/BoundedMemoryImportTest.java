package wave.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of any size import in memory proportional to the columns kept: each case runs the importer in a child JVM
 * whose heap ({@code -Xmx}) is set from the columns the file yields, so that a whole-file read or a doubling
 * array fails with {@link OutOfMemoryError}.
 */
class BoundedMemoryImportTest {
    /** Bytes a bar keeps: timestamp, open, high, low, close (longs) and volume (double). */
    private static final long BYTES_PER_BAR = 6 * 8;
    private static final long MB = 1 << 20;
    private static final long HEADROOM = 64 * MB;

    @TempDir
    Path dir;

    @Test
    void importsAGigabyteCsvInTheKeptColumnsPlus64Megabytes() throws Exception {
        Path file = dir.resolve("big.csv");
        long bars = writeMinuteBars(file, 1_000L * MB);
        assertThat(Files.size(file)).isGreaterThan(1_000L * MB);
        long heap = bars * BYTES_PER_BAR + HEADROOM;

        Child child = importInChild(file, heap);
        Files.delete(file);

        assertThat(child.exit()).as(child.stderr()).isZero();
        long first = LocalDate.of(2001, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;
        assertThat(child.stdout().trim()).isEqualTo("bars " + bars + " " + first + " " + (first + (bars - 1) * 60_000_000_000L));
    }

    @Test
    void sixtyMegabytesWithoutALineEndFailFastWithAShortMessage() throws Exception {
        Path file = dir.resolve("one-line.csv");
        byte[] chunk = "1.5,".repeat(1 << 18).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 60 * MB; written += chunk.length) {
                out.write(chunk);
            }
        }

        Child child = importInChild(file, 128 * MB);

        assertThat(child.exit()).as(child.stderr()).isEqualTo(2);
        assertThat(child.stderr()).startsWith("one-line.csv:1: expected lines of CSV text, got 65536 bytes without a line end: '1.5,1.5,")
                .hasSizeLessThan(300);
    }

    /**
     * Writes 1-minute bars from 2001-01-01 (a seeded random walk of one-cent steps, so that no return is an outlier)
     * with an ignored note column until the file exceeds {@code size}; returns the bar count.
     */
    private static long writeMinuteBars(Path file, long size) throws IOException {
        byte[][] minutes = new byte[1440][];
        for (int m = 0; m < minutes.length; m++) {
            minutes[m] = String.format(" %02d:%02d:00,", m / 60, m % 60).getBytes(StandardCharsets.US_ASCII);
        }
        byte[][] cents = new byte[20_001][];
        for (int c = 0; c < cents.length; c++) {
            cents[c] = String.format("%d.%02d,", c / 100, c % 100).getBytes(StandardCharsets.US_ASCII);
        }
        byte[] note = "1200,an ignored note that makes the row wider than the bar it holds\n".getBytes(StandardCharsets.US_ASCII);
        SplittableRandom random = new SplittableRandom(7);
        int price = 10_000;
        long written = 0;
        long bars = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            byte[] header = "timestamp,open,high,low,close,volume,note\n".getBytes(StandardCharsets.US_ASCII);
            out.write(header);
            written += header.length;
            for (LocalDate day = LocalDate.of(2001, 1, 1); written <= size; day = day.plusDays(1)) {
                byte[] date = day.toString().getBytes(StandardCharsets.US_ASCII);
                for (int m = 0; m < minutes.length && written <= size; m++) {
                    int open = price;
                    price = Math.min(19_000, Math.max(1_000, price + random.nextInt(-3, 4)));
                    for (byte[] part : List.of(date, minutes[m], cents[open], cents[Math.max(open, price) + 1],
                            cents[Math.min(open, price) - 1], cents[price], note)) {
                        out.write(part);
                        written += part.length;
                    }
                    bars++;
                }
            }
        }
        return bars;
    }

    private record Child(int exit, String stdout, String stderr) {
    }

    private Child importInChild(Path file, long heapBytes) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapBytes / MB + "m", "-XX:+UseG1GC", "-cp", System.getProperty("java.class.path"),
                ImportInChildJvm.class.getName(), file.toString()));
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the import did not end within 5 minutes");
        }
        return new Child(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
