package wave.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.domain.order.StrategyId;
import wave.engine.strategy.StrategyNote;

/** Logged lines go to log.txt, recorded values to records.csv, only when there are any. */
class NotesWriterTest {
    @Test
    void writesLogAndRecordsWithInstantTimes(@TempDir Path dir) throws IOException {
        StrategyId id = new StrategyId("pairs");
        long t = 1_704_326_400_000_000_000L; // 2024-01-04T00:00:00Z
        BacktestReportWriter.writeNotes(List.of(new StrategyNote(t, id, "hedge-ratio", 0.00001234, ""),
                new StrategyNote(t + 1_500_000_000L, id, StrategyNote.LOG, Double.NaN, "spread é 2.1 sigma")), dir);

        assertThat(Files.readString(dir.resolve("records.csv")))
                .isEqualTo("time,strategy,name,value\n2024-01-04T00:00:00Z,pairs,hedge-ratio,0.00001234\n");
        assertThat(Files.readString(dir.resolve("log.txt"))).isEqualTo("2024-01-04T00:00:01.500Z pairs spread é 2.1 sigma\n");

        Path empty = Files.createDirectories(dir.resolve("none"));
        BacktestReportWriter.writeNotes(List.of(), empty);
        assertThat(empty.resolve("log.txt")).doesNotExist();
        assertThat(empty.resolve("records.csv")).doesNotExist();
    }
}
