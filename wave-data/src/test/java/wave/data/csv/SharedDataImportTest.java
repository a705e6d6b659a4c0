package wave.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import wave.data.validate.Finding;
import wave.domain.market.BarLabel;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.testkit.SharedData;

/** Every file of shared/data/backtrader and shared/data/sp500_alphavantage imports by auto-detection (README facts). */
class SharedDataImportTest {
    private static final List<String> DOW_AND_LARGE_CAPS = List.of("AAPL", "AMGN", "AXP", "BA", "CAT", "CSCO", "CVX",
            "DIS", "GS", "HD", "HON", "IBM", "INTC", "JNJ", "JPM", "KO", "MCD", "MMM", "MRK", "MSFT", "NKE", "PG", "TRV",
            "UNH", "VZ", "WBA", "WMT", "XOM", "AMZN", "NVDA", "ORCL", "BAC", "PFE", "T", "GE", "F");

    static Stream<Arguments> backtraderFiles() {
        return Stream.of(
                Arguments.of("orcl-1995-2014.txt", "ORCL", 5036, "1995-01-03T00:00:00Z", "2014-12-31T00:00:00Z", "1d"),
                Arguments.of("orcl-2003-2005.txt", "ORCL", 756, "2003-01-02T00:00:00Z", "2005-12-30T00:00:00Z", "1d"),
                Arguments.of("orcl-2014.txt", "ORCL", 252, "2014-01-02T00:00:00Z", "2014-12-31T00:00:00Z", "1d"),
                Arguments.of("nvda-1999-2014.txt", "NVDA", 4012, "1999-01-22T00:00:00Z", "2014-12-31T00:00:00Z", "1d"),
                Arguments.of("nvda-2014.txt", "NVDA", 252, "2014-01-02T00:00:00Z", "2014-12-31T00:00:00Z", "1d"),
                Arguments.of("yhoo-1996-2014.txt", "YHOO", 4713, "1996-04-12T00:00:00Z", "2014-12-31T00:00:00Z", "1d"),
                Arguments.of("yhoo-1996-2015.txt", "YHOO", 4965, "1996-04-12T00:00:00Z", "2015-12-31T00:00:00Z", "1d"),
                Arguments.of("yhoo-2003-2005.txt", "YHOO", 756, "2003-01-02T00:00:00Z", "2005-12-30T00:00:00Z", "1d"),
                Arguments.of("yhoo-2014.txt", "YHOO", 252, "2014-01-02T00:00:00Z", "2014-12-31T00:00:00Z", "1d"),
                Arguments.of("2006-day-001.txt", "2006", 255, "2006-01-02T00:00:00Z", "2006-12-29T00:00:00Z", "1d"),
                Arguments.of("2006-day-002.txt", "2006", 129, "2006-01-03T00:00:00Z", "2006-12-29T00:00:00Z", "1d"),
                Arguments.of("2005-2006-day-001.txt", "2005", 512, "2005-01-03T00:00:00Z", "2006-12-29T00:00:00Z", "1d"),
                Arguments.of("2006-week-001.txt", "2006", 52, "2006-01-06T00:00:00Z", "2006-12-29T00:00:00Z", "1w"),
                Arguments.of("2006-week-002.txt", "2006", 26, "2006-01-13T00:00:00Z", "2006-12-29T00:00:00Z", "1w"),
                Arguments.of("2006-month-001.txt", "2006", 12, "2006-01-31T00:00:00Z", "2006-12-29T00:00:00Z", "1mo"),
                Arguments.of("2006-volume-day-001.txt", "2006", 255, "2006-01-02T00:00:00Z", "2006-12-29T00:00:00Z", "1d"),
                Arguments.of("2006-min-005.txt", "2006", 2142, "2006-01-02T09:05:00Z", "2006-01-30T17:30:00Z", "5m"),
                Arguments.of("2006-01-02-volume-min-001.txt", "2006", 30889, "2006-01-02T09:01:00Z", "2006-02-27T22:00:00Z", "1m"),
                Arguments.of("ticksample.csv", "TICKSAMPLE", 135, "2015-09-23T20:57:42.146Z", "2015-09-23T21:00:00.238Z", "1m"));
    }

    static Stream<Arguments> alphaVantageFiles() {
        List<Arguments> files = new ArrayList<>();
        for (String ticker : DOW_AND_LARGE_CAPS) {
            files.add(Arguments.of(ticker, 5402, "1999-11-01T00:00:00Z"));
        }
        files.add(Arguments.of("CRM", 4237, "2004-06-23T00:00:00Z"));
        files.add(Arguments.of("GOOGL", 4197, "2004-08-19T00:00:00Z"));
        files.add(Arguments.of("V", 3296, "2008-03-19T00:00:00Z"));
        files.add(Arguments.of("DOW", 527, "2019-03-20T00:00:00Z"));
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backtraderFiles")
    void importsBacktraderFile(String file, String symbol, int rows, String first, String last, String spec) throws IOException {
        ImportResult result = CsvImporters.load(SharedData.file("backtrader/" + file), LoadOptions.defaults());

        assertSeries(result.series(), symbol, rows, first, last, spec);
        assertThat(result.report().rowsRead()).isEqualTo(rows);
        assertThat(result.report().hasFailures()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alphaVantageFiles")
    void importsAlphaVantageFile(String ticker, int rows, String first) throws IOException {
        ImportResult result = CsvImporters.load(SharedData.file("sp500_alphavantage/DA-" + ticker + "-T-2021-04-21.csv"),
                LoadOptions.defaults());

        assertSeries(result.series(), ticker, rows, first, "2021-04-21T00:00:00Z", "1d");
        assertThat(result.format()).isEqualTo(CsvFormat.alphaVantage());
        assertThat(result.corporateActions()).hasValueSatisfying(a -> assertThat(a.size()).isEqualTo(rows));
    }

    @Test
    void detectsYahooFormat() throws IOException {
        assertThat(CsvImporters.detect(SharedData.file("backtrader/orcl-2014.txt"))).isEqualTo(CsvFormat.yahoo());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2006-min-005.txt, END", "2006-01-02-volume-min-001.txt, END", "2006-week-001.txt, END",
            "2006-month-001.txt, END", "ticksample.csv, END", "orcl-2014.txt, START"})
    void backtraderLayoutFilesAreLabelledByTheirEndYahooFilesByTheirStart(String file, BarLabel label) throws IOException {
        assertThat(CsvImporters.load(SharedData.file("backtrader/" + file), LoadOptions.defaults()).series().label())
                .isEqualTo(label);
    }

    @Test
    void detectsTimeColumnMissingFromHeader() throws IOException {
        CsvFormat format = CsvImporters.detect(SharedData.file("backtrader/2006-01-02-volume-min-001.txt"));

        assertThat(format.columnNames())
                .containsExactly("Date", "Time", "Open", "High", "Low", "Close", "Volume", "OpenInterest");
        assertThat(format.columns()).containsEntry(CsvFormat.Field.DATE, CsvColumn.named("Date"))
                .containsEntry(CsvFormat.Field.TIME, CsvColumn.named("Time"));
    }

    @Test
    void readsFuturesVolumeFromCrlfFile() throws IOException {
        BarSeries series = CsvImporters.load(SharedData.file("backtrader/2006-volume-day-001.txt"), LoadOptions.defaults()).series();

        // 2006-01-02,3602.00,3624.00,3596.00,3617.00,164794,1511674
        assertThat(series.openRaw(0)).isEqualTo(3_602_000_000_000L);
        assertThat(series.closeRaw(0)).isEqualTo(3_617_000_000_000L);
        assertThat(series.volume(0)).isEqualTo(164_794);
    }

    @Test
    void keepsTicksThatShareATimestamp() throws IOException {
        ImportResult result = CsvImporters.load(SharedData.file("backtrader/ticksample.csv"), LoadOptions.defaults());

        assertThat(result.report().findings(Finding.Kind.DUPLICATE_TIMESTAMP)).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(24);
            assertThat(f.action()).isEqualTo(Finding.Action.REPORTED);
        });
        assertThat(result.series().closeRaw(22)).isEqualTo(3_069_000_000_000L);
    }

    private static void assertSeries(BarSeries series, String symbol, int rows, String first, String last, String spec) {
        assertThat(series.size()).isEqualTo(rows);
        assertThat(series.instrument().symbol()).isEqualTo(symbol);
        assertThat(series.bar(0).time()).isEqualTo(Instant.parse(first));
        assertThat(series.bar(rows - 1).time()).isEqualTo(Instant.parse(last));
        assertThat(series.spec()).isEqualTo(BarSpec.parse(spec));
        int descents = 0;
        for (int i = 1; i < rows; i++) {
            descents += series.tsNanos(i) < series.tsNanos(i - 1) ? 1 : 0;
        }
        assertThat(descents).isZero();
    }
}
