package wave.data.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.data.csv.CsvImporters;
import wave.data.csv.ImportResult;
import wave.data.csv.LoadOptions;
import wave.data.validate.Finding.Action;
import wave.data.validate.Finding.Kind;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;

/**
 * Every finding kind under every policy, on small CSV files. The base file has ten clean daily bars
 * (lines 2-11, 2021-03-01 to 2021-03-12, weekdays) whose closes wiggle by about 1%.
 */
class BarValidatorTest {
    private static final String HEADER = "timestamp,open,high,low,close,volume";

    @TempDir
    Path dir;

    @Test
    void cleanDataHasNoFindings() throws IOException {
        ImportResult result = load(base(), LoadOptions.defaults());

        assertThat(result.report().isClean()).isTrue();
        assertThat(result.series().size()).isEqualTo(10);
        assertThat(result.series().spec()).isEqualTo(BarSpec.DAY_1);
    }

    @Test
    void unsortedRowsFailAreDroppedOrSorted() throws IOException {
        List<String> rows = base();
        String fourth = rows.get(3);
        rows.set(3, rows.get(4));
        rows.set(4, fourth); // line 5 is now 03-05 and line 6 is 03-04

        ValidationException failed = fail(rows);
        assertThat(failed.report().findings()).extracting(Finding::line, Finding::kind, Finding::action)
                .containsExactly(tuple(6, Kind.UNSORTED, Action.FAILED));
        assertThat(failed).hasMessage("p.csv: 1 row breaks validation (policy FAIL)\n"
                + "  p.csv:6: UNSORTED: timestamp 2021-03-04 is before 2021-03-05 of line 5 -> failed");

        ImportResult dropped = load(rows, policy(ValidationPolicy.DROP));
        assertThat(dropped.report().findings()).extracting(Finding::line, Finding::kind, Finding::action)
                .containsExactly(tuple(6, Kind.UNSORTED, Action.DROPPED));
        assertThat(dates(dropped.series())).doesNotContain("2021-03-04").hasSize(9);

        ImportResult repaired = load(rows, policy(ValidationPolicy.REPAIR));
        assertThat(repaired.report().findings()).extracting(Finding::line, Finding::kind, Finding::action, Finding::detail)
                .containsExactly(tuple(6, Kind.UNSORTED, Action.REPAIRED, "rows sorted by timestamp"));
        assertThat(dates(repaired.series())).hasSize(10).isSorted();
    }

    @Test
    void dropKeepsTheLongestOrderedRunWhenOneTimestampJumpsAhead() throws IOException {
        List<String> rows = base();
        rows.set(1, rows.get(1).replace("2021-03-02", "2021-03-20")); // line 3 jumps past every later row

        ImportResult dropped = load(rows, policy(ValidationPolicy.DROP));

        assertThat(dropped.report().findings(Kind.UNSORTED)).extracting(Finding::line).containsExactly(3);
        assertThat(dropped.series().size()).isEqualTo(9);
    }

    @Test
    void duplicateTimestampsFailOrKeepTheFirstRow() throws IOException {
        List<String> rows = base();
        rows.add(3, "2021-03-03,99,99,99,99,1"); // line 5 repeats line 4's date

        ValidationException failed = fail(rows);
        assertThat(failed.report().findings()).extracting(Finding::line, Finding::kind, Finding::action)
                .containsExactly(tuple(5, Kind.DUPLICATE_TIMESTAMP, Action.FAILED));

        for (ValidationPolicy policy : List.of(ValidationPolicy.DROP, ValidationPolicy.REPAIR)) {
            ImportResult result = load(rows, policy(policy));
            assertThat(result.report().findings()).extracting(Finding::line, Finding::kind, Finding::action, Finding::detail)
                    .containsExactly(tuple(5, Kind.DUPLICATE_TIMESTAMP, Action.DROPPED, "kept the first row, line 4"));
            assertThat(result.series().size()).isEqualTo(10);
            assertThat(result.series().close(2)).isNotEqualTo(99);
        }
    }

    @Test
    void gapsAreReportedOnlyUnderEveryPolicy() throws IOException {
        List<String> rows = base();
        for (int i = 5; i < rows.size(); i++) {
            rows.set(i, rows.get(i).replace("2021-03-", "2021-04-")); // 03-08 -> 04-08: a 34-day gap at line 7
        }

        for (ValidationPolicy policy : ValidationPolicy.values()) {
            ImportResult result = load(rows, policy(policy));
            assertThat(result.report().findings()).singleElement().satisfies(f -> {
                assertThat(f.line()).isEqualTo(7);
                assertThat(f.kind()).isEqualTo(Kind.GAP);
                assertThat(f.action()).isEqualTo(Action.REPORTED);
                assertThat(f.message()).isEqualTo("gap of 34d since the previous bar at 2021-03-05 (line 6); threshold 5d for 1d bars");
            });
            assertThat(result.series().size()).isEqualTo(10);
        }
    }

    @Test
    void shortHolidayBreaksAreNotGaps() throws IOException {
        List<String> rows = base();
        rows.remove(4); // Friday 03-05 missing: Thursday to Monday is 4 days

        assertThat(load(rows, LoadOptions.defaults()).report().findings(Kind.GAP)).isEmpty();
    }

    @Test
    void inconsistentOhlcFailsIsDroppedOrRepaired() throws IOException {
        List<String> rows = base();
        rows.set(2, "2021-03-03,10,10.2,9.5,10.5,100"); // line 4: close above high
        rows.set(5, "2021-03-08,10,9,11,10.5,100");     // line 7: low above high, open below low

        ValidationException failed = fail(rows);
        assertThat(failed.report().findings()).extracting(Finding::line, Finding::kind, Finding::message)
                .containsExactly(
                        tuple(4, Kind.OHLC_INCONSISTENT, "close 10.5 above high 10.2 (open 10, high 10.2, low 9.5, close 10.5)"),
                        tuple(7, Kind.OHLC_INCONSISTENT, "low 11 above high 9; open 10 above high 9; open 10 below low 11;"
                                + " close 10.5 above high 9; close 10.5 below low 11 (open 10, high 9, low 11, close 10.5)"));

        ImportResult dropped = load(rows, policy(ValidationPolicy.DROP));
        assertThat(dropped.report().findings()).extracting(Finding::action).containsOnly(Action.DROPPED);
        assertThat(dates(dropped.series())).doesNotContain("2021-03-03", "2021-03-08").hasSize(8);

        ImportResult repaired = load(rows, policy(ValidationPolicy.REPAIR));
        assertThat(repaired.report().findings()).extracting(Finding::line, Finding::action, Finding::detail).containsExactly(
                tuple(4, Action.REPAIRED, "high raised to max(open, close) = 10.5"),
                tuple(7, Action.REPAIRED, "high and low swapped"));
        BarSeries series = repaired.series();
        assertThat(series.highRaw(2)).isEqualTo(10_500_000_000L);
        assertThat(series.lowRaw(2)).isEqualTo(9_500_000_000L);
        assertThat(series.highRaw(5)).isEqualTo(11_000_000_000L);
        assertThat(series.lowRaw(5)).isEqualTo(9_000_000_000L);
    }

    @Test
    void nonPositivePricesFailOrAreDropped() throws IOException {
        List<String> rows = base();
        rows.set(3, "2021-03-04,10,10.5,0,10.1,100"); // line 5: low 0

        ValidationException failed = fail(rows);
        assertThat(failed.report().findings()).extracting(Finding::line, Finding::kind, Finding::message)
                .containsExactly(tuple(5, Kind.NON_POSITIVE_PRICE, "non-positive price: open 10, high 10.5, low 0, close 10.1"));

        ImportResult dropped = load(rows, policy(ValidationPolicy.DROP));
        assertThat(dropped.report().findings()).extracting(Finding::action, Finding::detail).containsExactly(tuple(Action.DROPPED, ""));
        assertThat(dropped.series().size()).isEqualTo(9);

        ImportResult repaired = load(rows, policy(ValidationPolicy.REPAIR));
        assertThat(repaired.report().findings()).extracting(Finding::action, Finding::detail)
                .containsExactly(tuple(Action.DROPPED, "cannot be repaired"));
        assertThat(dates(repaired.series())).doesNotContain("2021-03-04").hasSize(9);
    }

    @Test
    void negativeVolumeFailsIsDroppedOrClamped() throws IOException {
        List<String> rows = base();
        rows.set(6, rows.get(6).replaceAll(",100$", ",-5")); // line 8

        ValidationException failed = fail(rows);
        assertThat(failed.report().findings()).extracting(Finding::line, Finding::kind, Finding::message)
                .containsExactly(tuple(8, Kind.NEGATIVE_VOLUME, "volume -5.0 is negative"));

        ImportResult dropped = load(rows, policy(ValidationPolicy.DROP));
        assertThat(dropped.report().findings()).extracting(Finding::action).containsExactly(Action.DROPPED);
        assertThat(dropped.series().size()).isEqualTo(9);

        ImportResult repaired = load(rows, policy(ValidationPolicy.REPAIR));
        assertThat(repaired.report().findings()).extracting(Finding::action, Finding::detail)
                .containsExactly(tuple(Action.REPAIRED, "volume clamped to 0"));
        assertThat(repaired.series().volume(6)).isZero();
    }

    @Test
    void outliersAreReportedOnlyUnderEveryPolicy() throws IOException {
        List<String> rows = base();
        rows.set(4, "2021-03-05,30,30.5,29.5,30,100"); // line 6: close triples, line 7 falls back

        for (ValidationPolicy policy : ValidationPolicy.values()) {
            ImportResult result = load(rows, policy(policy));
            assertThat(result.report().findings()).extracting(Finding::line, Finding::kind, Finding::action)
                    .containsExactly(tuple(6, Kind.OUTLIER, Action.REPORTED), tuple(7, Kind.OUTLIER, Action.REPORTED));
            assertThat(result.report().findings().get(0).message()).startsWith("close-to-close log return +1.0");
            assertThat(result.series().closeRaw(4)).isEqualTo(30_000_000_000L);
        }
        assertThat(load(rows, LoadOptions.defaults().withOutlierThreshold(1000)).report().isClean()).isTrue();
    }

    @Test
    void formatsTheReportForHumans() throws IOException {
        List<String> rows = base();
        rows.set(6, rows.get(6).replaceAll(",100$", ",-5"));

        ImportResult result = load(rows, policy(ValidationPolicy.REPAIR));

        assertThat(result.report().format()).isEqualTo("""
                p.csv: 10 rows read, 10 kept, 1 finding (1 NEGATIVE_VOLUME; 1 repaired)
                  p.csv:8: NEGATIVE_VOLUME: volume -5.0 is negative -> repaired (volume clamped to 0)""");
    }

    /** Ten weekdays from Monday 2021-03-01; lines 2-11. */
    private static List<String> base() {
        List<String> rows = new ArrayList<>();
        LocalDate date = LocalDate.of(2021, 3, 1);
        double[] closes = {10.0, 10.1, 10.05, 10.2, 10.15, 10.3, 10.22, 10.35, 10.28, 10.4};
        double previous = 10.0;
        for (double close : closes) {
            rows.add(date + "," + previous + "," + (Math.max(previous, close) + 0.1) + "," + (Math.min(previous, close) - 0.1)
                    + "," + close + ",100");
            previous = close;
            date = date.plusDays(date.getDayOfWeek().getValue() == 5 ? 3 : 1);
        }
        return rows;
    }

    private ImportResult load(List<String> rows, LoadOptions options) throws IOException {
        Path file = dir.resolve("p.csv");
        Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n");
        return CsvImporters.load(file, options);
    }

    private ValidationException fail(List<String> rows) {
        return catchThrowableOfType(ValidationException.class, () -> load(rows, LoadOptions.defaults()));
    }

    private static LoadOptions policy(ValidationPolicy policy) {
        return LoadOptions.defaults().withPolicy(policy);
    }

    private static List<String> dates(BarSeries series) {
        List<String> dates = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            dates.add(LocalDate.ofEpochDay(series.tsNanos(i) / 86_400_000_000_000L).toString());
        }
        return dates;
    }
}
