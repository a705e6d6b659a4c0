package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.store.Store;
import wave.store.StoreUrl;
import wave.store.journal.JournalRecord;

/**
 * {@code wave paper} in a process of its own, stopped with SIGTERM while it trades: it stops cleanly (the equity
 * snapshot of the end is the journal's last record, the chain intact), and the same session started again resumes
 * after the last bar it processed, so that every ORCL bar is processed exactly once over the two runs.
 */
class PaperSignalTest {
    static final Pattern STOPPED = Pattern.compile("Stopped by a signal: (\\d+) bars");
    static final Pattern RESUMED = Pattern.compile("Stopped at the end of the feed: (\\d+) bars \\((\\d+) processed before the restart, skipped\\)");

    @TempDir
    Path dir;

    Process start(String speed, Path out) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), WaveCli.class.getName(),
                "paper", "--strategy", "sma-cross", "--feed", "replay:" + SharedData.require(SharedData.ORCL), "--speed", speed,
                "--session", "sig", "--home", dir.toString(), "--store-url", "sqlite:" + dir.resolve("wave.db")));
        return new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(dir.resolve("err-" + out.getFileName()).toFile()).start();
    }

    @Test
    void sigtermStopsCleanlyAndARestartProcessesEachBarOnce() throws Exception {
        Path first = dir.resolve("first.out");
        Process running = start("400", first);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(first).contains("Paper session sig:") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(1_500);
        running.destroy(); // SIGTERM
        assertThat(running.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(running.exitValue()).isEqualTo(143);
        Matcher stopped = STOPPED.matcher(Files.readString(first));
        assertThat(stopped.find()).as(Files.readString(first) + Files.readString(dir.resolve("err-first.out"))).isTrue();
        int processed = Integer.parseInt(stopped.group(1));
        assertThat(processed).isBetween(1, 5035);

        try (Store store = Store.open(StoreUrl.sqlite(dir.resolve("wave.db")))) {
            List<JournalRecord> records = store.journal().read("sig");
            assertThat(records.getLast().kind()).isEqualTo("wave.app.journal.EquitySnapshot");
            assertThat(marks(records)).isEqualTo(processed);
            assertThat(store.journal().verify("sig").intact()).isTrue();
        }

        Path second = dir.resolve("second.out");
        Process resumed = start("max", second);
        assertThat(resumed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(resumed.exitValue()).as(Files.readString(dir.resolve("err-second.out"))).isZero();
        Matcher ended = RESUMED.matcher(Files.readString(second));
        assertThat(ended.find()).as(Files.readString(second)).isTrue();
        assertThat(Integer.parseInt(ended.group(2))).isEqualTo(processed);
        assertThat(Integer.parseInt(ended.group(1))).isEqualTo(5036 - processed);
        try (Store store = Store.open(StoreUrl.sqlite(dir.resolve("wave.db")))) {
            List<JournalRecord> records = store.journal().read("sig");
            assertThat(marks(records)).isEqualTo(5036);
            assertThat(records.stream().filter(r -> r.kind().equals("wave.domain.portfolio.AccountEvent$PositionMarked"))
                    .map(JournalRecord::tsNanos).toList()).isSorted().doesNotHaveDuplicates();
            assertThat(store.journal().verify("sig").intact()).isTrue();
        }
    }

    private static long marks(List<JournalRecord> records) {
        return records.stream().filter(r -> r.kind().equals("wave.domain.portfolio.AccountEvent$PositionMarked")).count();
    }
}
