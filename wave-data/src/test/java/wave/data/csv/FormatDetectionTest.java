package wave.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wave.data.csv.CsvFormat.Field;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarLabel;
import wave.domain.market.BarSeries;

class FormatDetectionTest {
    @Test
    void detectsTheGenericLayoutTheWriterProduces() {
        assertThat(detect("timestamp,open,high,low,close,volume\n2021-03-01 09:30:00,1,2,0.5,1.5,10\n"))
                .isEqualTo(CsvFormat.ohlcv());
    }

    @Test
    void detectsAlphaVantage() {
        assertThat(detect("timestamp,open,high,low,close,adjusted_close,volume,dividend_amount,split_coefficient\n"
                + "1999-11-01,80.0,80.69,77.37,77.62,0.596878742448,2487300,0.0,1.0\n")).isEqualTo(CsvFormat.alphaVantage());
    }

    @Test
    void detectsSeparateDateAndTimeColumns() {
        CsvFormat format = detect("Date,Time,Open,High,Low,Close,Volume,OpenInterest\n2006-01-02,09:05:00,1,2,0.5,1.5,0,0\n");

        assertThat(format.columns()).containsEntry(Field.DATE, CsvColumn.named("Date"))
                .containsEntry(Field.TIME, CsvColumn.named("Time")).doesNotContainKey(Field.TIMESTAMP);
        assertThat(format.datePattern()).isEqualTo("yyyy-MM-dd");
        assertThat(format.timePattern()).isEqualTo("HH:mm:ss");
        assertThat(format.columnNames()).isNull();
    }

    @Test
    void backtraderFilesAreLabelledByTheEndOfEachBarOthersByTheStart() {
        String backtrader = "Date,Time,Open,High,Low,Close,Volume,OpenInterest\n2006-01-02,09:05:00,1,2,0.5,1.5,0,0\n"
                + "2006-01-02,09:10:00,1,2,0.5,1.5,0,0\n";
        String generic = "timestamp,open,high,low,close,volume\n2021-03-01 09:30:00,1,2,0.5,1.5,10\n"
                + "2021-03-01 09:31:00,1,2,0.5,1.5,10\n";

        assertThat(detect(backtrader).label()).isEqualTo(BarLabel.END);
        assertThat(load(backtrader).label()).isEqualTo(BarLabel.END);
        assertThat(detect(generic).label()).isEqualTo(BarLabel.START);
        assertThat(load(generic).label()).isEqualTo(BarLabel.START);
        assertThat(detect("2021-03-01;1;2;0.5;1.5;10\n").label()).isEqualTo(BarLabel.START);
        assertThat(CsvBarImporter.read("x.csv", generic.getBytes(StandardCharsets.UTF_8),
                CsvFormat.ohlcv().withLabel(BarLabel.END), LoadOptions.defaults()).series().label()).isEqualTo(BarLabel.END);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2015-09-23T20:57:42.146|yyyy-MM-dd'T'HH:mm:ss[.SSS]",
            "2015-09-23T20:57:42|yyyy-MM-dd'T'HH:mm:ss[.SSS]",
            "2015-09-23 20:57:42|yyyy-MM-dd HH:mm:ss",
            "2015-09-23|yyyy-MM-dd",
            "2015/09/23|yyyy/MM/dd",
            "20150923|yyyyMMdd"})
    void detectsTimestampPatterns(String sample, String pattern) {
        assertThat(detect("Datetime,Open,High,Low,Close\n" + sample + ",1,2,0.5,1.5\n").timestampPattern()).isEqualTo(pattern);
    }

    @Test
    void readsHeaderlessSemicolonFiles() {
        BarSeries series = load("2021-03-01;1;2;0.5;1.5;10\r\n2021-03-02;1.5;2.5;1;2;20\r\n");

        assertThat(series.size()).isEqualTo(2);
        assertThat(series.closeRaw(1)).isEqualTo(2_000_000_000L);
        assertThat(series.volume(1)).isEqualTo(20);
    }

    @Test
    void readsHeaderlessDateTimeFilesWithoutVolume() {
        BarSeries series = load("2021-03-01\t09:30:00\t1\t2\t0.5\t1.5\n2021-03-01\t09:35:00\t1\t2\t0.5\t1.5\n");

        assertThat(series.bar(1).time()).isEqualTo(Instant.parse("2021-03-01T09:35:00Z"));
        assertThat(series.volume(0)).isZero();
    }

    @Test
    void acceptsSynonymsAndQuotedNames() {
        BarSeries series = load("\"Date\",\"O\",\"H\",\"L\",\"Last\",\"Vol\"\n2021-03-01,1,2,0.5,1.5,10\n");

        assertThat(series.closeRaw(0)).isEqualTo(1_500_000_000L);
    }

    @Test
    void namesMissingColumns() {
        assertThatThrownBy(() -> detect("Date,Open,High,Close\n2021-03-01,1,2,1.5\n"))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("prices.csv:1: missing required column(s) [low]; found [Date, Open, High, Close];"
                        + " required [timestamp or date (+ time), open, high, low, close], volume optional");
    }

    @Test
    void namesUnknownTimestampFormats() {
        assertThatThrownBy(() -> detect("Date,Open,High,Low,Close\n03/01/2021,1,2,0.5,1.5\n"))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("prices.csv:2: column 'Date': expected a timestamp like yyyy-MM-dd, yyyy-MM-dd HH:mm:ss,"
                        + " yyyy-MM-dd'T'HH:mm:ss[.SSS], yyyyMMdd or yyyy/MM/dd (give a CsvFormat for other patterns),"
                        + " got '03/01/2021'");
    }

    @ParameterizedTest
    @CsvSource({"DA-AAPL-T-2021-04-21.csv,AAPL", "DA-T-T-2021-04-21.csv,T", "orcl-1995-2014.txt,ORCL",
            "ticksample.csv,TICKSAMPLE", "2006-day-001.txt,2006", "/data/es mini.csv,ES_MINI", "BRK.B.csv,BRK"})
    void derivesTheInstrumentFromTheFileName(String file, String symbol) {
        assertThat(CsvImporters.instrumentFromFileName(file)).isEqualTo(InstrumentId.of(symbol));
    }

    private static CsvFormat detect(String content) {
        return FormatDetector.detect("prices.csv", content.getBytes(StandardCharsets.UTF_8), true, FormatHints.none());
    }

    private static BarSeries load(String content) {
        return CsvImporters.load("prices.csv", content.getBytes(StandardCharsets.UTF_8), LoadOptions.defaults()).series();
    }
}
