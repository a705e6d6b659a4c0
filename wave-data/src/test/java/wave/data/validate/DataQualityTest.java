package wave.data.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.data.csv.CsvImporters;
import wave.data.csv.ImportResult;
import wave.data.csv.LoadOptions;
import wave.data.csv.PriceColumn;
import wave.data.validate.Finding.Kind;
import wave.domain.calendar.ExchangeCalendars;
import wave.testkit.SharedData;

/** The quality report says what was done, split days are not outliers, nights and weekends are not gaps. */
class DataQualityTest {
    private static final String AAPL = "sp500_alphavantage/DA-AAPL-T-2021-04-21.csv";
    /** Lines of AAPL's split rows (split coefficient 2, 2, 7, 4). */
    private static final List<Integer> AAPL_SPLIT_LINES = List.of(163, 1339, 3674, 5243);

    @Test
    void splitDaysCarryingASplitCoefficientAreNotOutliers() throws IOException {
        ValidationReport report = CsvImporters.load(SharedData.file(AAPL), LoadOptions.defaults()).report();

        assertThat(report.findings(Kind.OUTLIER)).extracting(Finding::line).doesNotContainAnyElementsOf(AAPL_SPLIT_LINES)
                .containsExactly(233, 433, 2242);
        assertThat(report.findings(Kind.OUTLIER).get(0).message())
                .isEqualTo("close-to-close log return -0.7312 (close 53.5 -> 25.75), robust z-score 41.7 > 10.0");
    }

    @Test
    void adjustedClosesAreNotAdjustedTwice() throws IOException {
        ValidationReport report = CsvImporters.load(SharedData.file(AAPL), LoadOptions.defaults()
                .withPriceColumn(PriceColumn.ADJ_CLOSE)).report();

        assertThat(report.findings(Kind.OUTLIER)).extracting(Finding::line).containsExactly(233, 433, 2242);
    }

    @Test
    void theReportTitleSaysWhatWasDoneNotThePolicy() throws IOException {
        ValidationReport report = CsvImporters.load(SharedData.file(AAPL), LoadOptions.defaults()).report();

        assertThat(report.format(0)).isEqualTo("DA-AAPL-T-2021-04-21.csv: 5402 rows read, 5402 kept,"
                + " 4 findings (3 OUTLIER, 1 GAP; reported only, data unchanged)\n  ... 4 more");
    }

    @Test
    void manyReportsFitOneLineSayingHowToSeeThem() throws IOException {
        ValidationReport aapl = CsvImporters.load(SharedData.file(AAPL), LoadOptions.defaults()).report();
        ValidationReport orcl = CsvImporters.load(SharedData.file(SharedData.ORCL), LoadOptions.defaults()).report();

        assertThat(ValidationSummary.line(2, List.of(aapl, orcl), "see them with: wave data validate DIR")).isEqualTo(
                "data quality: 2 files, 10438 rows read, 9 findings (7 OUTLIER, 2 GAP; reported only, data unchanged);"
                        + " see them with: wave data validate DIR");
    }

    @Test
    void nightsAndWeekendsOfIntradayBarsAreNotGapsOnAnExchangeCalendar() {
        // NYSE minute bars 09:30-16:00 New York (14:30-21:00 UTC) on Friday 2024-01-05 and Monday 2024-01-08,
        // with 15:00-16:00 UTC missing on the Monday: one gap inside a session.
        StringBuilder csv = new StringBuilder("timestamp,open,high,low,close,volume\n");
        int line = 1;
        int gapLine = 0;
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        for (LocalDateTime open : List.of(LocalDateTime.of(2024, 1, 5, 14, 30), LocalDateTime.of(2024, 1, 8, 14, 30))) {
            for (int minute = 0; minute < 390; minute++) {
                LocalDateTime t = open.plusMinutes(minute);
                if (open.getDayOfMonth() == 8 && t.getHour() == 15) {
                    continue;
                }
                line++;
                gapLine = open.getDayOfMonth() == 8 && t.getHour() == 16 && t.getMinute() == 0 ? line : gapLine;
                csv.append(format.format(t)).append(",10,10.5,9.5,").append(minute % 2 == 0 ? "10" : "10.1").append(",100\n");
            }
        }
        byte[] content = csv.toString().getBytes(StandardCharsets.US_ASCII);

        ImportResult onCalendar = CsvImporters.load("spy-1m.csv", content, LoadOptions.defaults().withCalendar(ExchangeCalendars.nyse()));
        ImportResult plain = CsvImporters.load("spy-1m.csv", content, LoadOptions.defaults());

        assertThat(onCalendar.report().findings(Kind.GAP)).extracting(Finding::line, Finding::message).containsExactly(
                org.assertj.core.api.Assertions.tuple(gapLine, "gap of 1h 1m since the previous bar at 2024-01-08T14:59"
                        + " (line " + (gapLine - 1) + "); threshold 3m for 1m bars"));
        assertThat(plain.report().findings(Kind.GAP)).hasSize(2);
        assertThat(LocalDateTime.ofEpochSecond(onCalendar.series().tsNanos(0) / 1_000_000_000L, 0, ZoneOffset.UTC))
                .isEqualTo(LocalDateTime.of(2024, 1, 5, 14, 30));
    }
}
