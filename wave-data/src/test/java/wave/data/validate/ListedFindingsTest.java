package wave.data.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.data.csv.CsvImporters;
import wave.data.csv.LoadOptions;
import wave.data.validate.Finding.Kind;

/** A file with more outliers than a report lists keeps a bounded report that still counts them all. */
class ListedFindingsTest {
    @Test
    void outliersBeyondTheListedMaximumAreCountedNotHeld() {
        // 30,001 daily bars whose closes alternate with every 3rd return a jump: 10,000 jumps up and 10,000 back.
        StringBuilder csv = new StringBuilder("date,open,high,low,close\n");
        java.time.LocalDate day = java.time.LocalDate.of(1950, 1, 2);
        for (int i = 0; i <= 60_000; i++) {
            String close = i % 6 == 3 || i % 6 == 4 || i % 6 == 5 ? "150" : i % 2 == 0 ? "100" : "100.01";
            csv.append(day).append(",100,150,100,").append(close).append('\n');
            day = day.plusDays(1);
        }

        ValidationReport report = CsvImporters.load("jumps.csv", csv.toString().getBytes(StandardCharsets.US_ASCII),
                LoadOptions.defaults()).report();

        assertThat(report.findings(Kind.OUTLIER)).hasSize(BarValidator.MAX_LISTED);
        assertThat(report.unlisted()).isEqualTo(Map.of(Kind.OUTLIER, 10_000L));
        assertThat(report.format(1).lines().toList()).containsExactly(
                "jumps.csv: 60001 rows read, 60001 kept, 20000 findings (20000 OUTLIER; reported only, data unchanged)",
                "  " + report.findings().getFirst().format("jumps.csv"),
                "  ... 19999 more");
    }
}
