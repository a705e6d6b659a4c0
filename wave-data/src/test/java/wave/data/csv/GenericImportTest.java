package wave.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.data.csv.CsvFormat.Field;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;

class GenericImportTest {
    @TempDir
    Path dir;

    @Test
    void readsTheDefaultLayout() {
        BarSeries series = read("timestamp,open,high,low,close,volume\n"
                + "2021-03-01 09:30:00,10.5,10.75,10.25,10.6,1200\n"
                + "2021-03-01 09:31:00,10.6,10.8,10.5,10.7,900.5\n", CsvFormat.ohlcv());

        assertThat(series.size()).isEqualTo(2);
        assertThat(series.bar(0).time()).isEqualTo(Instant.parse("2021-03-01T09:30:00Z"));
        assertThat(series.openRaw(0)).isEqualTo(10_500_000_000L);
        assertThat(series.highRaw(0)).isEqualTo(10_750_000_000L);
        assertThat(series.lowRaw(0)).isEqualTo(10_250_000_000L);
        assertThat(series.closeRaw(1)).isEqualTo(10_700_000_000L);
        assertThat(series.volume(1)).isEqualTo(900.5);
        assertThat(series.spec()).isEqualTo(BarSpec.MINUTE_1);
    }

    @Test
    void readsColumnsByIndexWithoutHeaderWithAnotherDelimiter() {
        CsvFormat format = CsvFormat.ohlcv().withHeader(false).withDelimiter(';')
                .withTimestamp(CsvColumn.at(5), "yyyy-MM-dd")
                .withColumn(Field.OPEN, CsvColumn.at(0)).withColumn(Field.HIGH, CsvColumn.at(1))
                .withColumn(Field.LOW, CsvColumn.at(2)).withColumn(Field.CLOSE, CsvColumn.at(3))
                .withoutColumn(Field.VOLUME);

        BarSeries series = read("1;2;0.5;1.5;ignored;2021-03-01\n1.5;2.5;1;2;x;2021-03-02\n", format);

        assertThat(series.size()).isEqualTo(2);
        assertThat(series.bar(1).time()).isEqualTo(Instant.parse("2021-03-02T00:00:00Z"));
        assertThat(series.closeRaw(1)).isEqualTo(2_000_000_000L);
        assertThat(series.volume(1)).isZero();
        assertThat(series.spec()).isEqualTo(BarSpec.DAY_1);
    }

    @Test
    void combinesSeparateDateAndTimeColumnsWithFormatterPatterns() {
        CsvFormat format = CsvFormat.ohlcv().withDateAndTime(CsvColumn.named("Day"), "dd.MM.yyyy", CsvColumn.named("Clock"), "HH.mm");

        BarSeries series = read("Day,Clock,open,high,low,close,volume\r\n"
                + "01.03.2021,09.30,1,2,0.5,1.5,10\r\n"
                + "01.03.2021,10.30,1.5,2,1,1.75,20\r\n", format);

        assertThat(series.bar(0).time()).isEqualTo(Instant.parse("2021-03-01T09:30:00Z"));
        assertThat(series.bar(1).time()).isEqualTo(Instant.parse("2021-03-01T10:30:00Z"));
        assertThat(series.spec()).isEqualTo(BarSpec.HOUR_1);
    }

    @Test
    void convertsTheFileZoneToUtc() {
        CsvFormat format = CsvFormat.ohlcv().withZone(ZoneId.of("America/New_York"));

        BarSeries series = read("timestamp,open,high,low,close,volume\n"
                + "2021-03-12 09:30:00,1,1,1,1,1\n"
                + "2021-03-15 09:30:00,1,1,1,1,1\n", format);

        assertThat(series.bar(0).time()).isEqualTo(Instant.parse("2021-03-12T14:30:00Z"));
        assertThat(series.bar(1).time()).as("after the DST change").isEqualTo(Instant.parse("2021-03-15T13:30:00Z"));
    }

    @Test
    void convertsAFixedOffsetZone() {
        BarSeries series = read("timestamp,open,high,low,close,volume\n2021-03-12 09:30:00,1,1,1,1,1\n",
                CsvFormat.ohlcv().withZone(ZoneId.of("+02:00")));

        assertThat(series.bar(0).time()).isEqualTo(Instant.parse("2021-03-12T07:30:00Z"));
    }

    @Test
    void readsIsoTimestampsWithMillisAndUnusualNumbers() {
        CsvFormat format = CsvFormat.ohlcv().withTimestamp(CsvColumn.named("timestamp"), "yyyy-MM-dd'T'HH:mm:ss[.SSS]");

        BarSeries series = read("timestamp,open,high,low,close,volume\n"
                + "2015-09-23T20:57:42.146,1.5E2,+151,.5e2,150.0000000005,1e3\n", format);

        assertThat(series.tsNanos(0)).isEqualTo(Instant.parse("2015-09-23T20:57:42.146Z").getEpochSecond() * 1_000_000_000L + 146_000_000L);
        assertThat(series.openRaw(0)).isEqualTo(150_000_000_000L);
        assertThat(series.highRaw(0)).isEqualTo(151_000_000_000L);
        assertThat(series.lowRaw(0)).isEqualTo(50_000_000_000L);
        assertThat(series.closeRaw(0)).as("half-even at the tenth decimal").isEqualTo(150_000_000_000L);
        assertThat(series.volume(0)).isEqualTo(1000);
    }

    @Test
    void replacesAWrongHeaderWithColumnNames() {
        CsvFormat format = CsvFormat.ohlcv().withColumnNames(List.of("timestamp", "open", "high", "low", "close", "volume", "oi"));

        BarSeries series = read("timestamp,open,high,low,close,volume\n2021-03-01 09:30:00,1,2,0.5,1.5,10,7\n", format);

        assertThat(series.closeRaw(0)).isEqualTo(1_500_000_000L);
    }

    @Test
    void skipsBomAndBlankLinesAndUsesTheCallersInstrumentAndSpec() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "timestamp,open,high,low,close,volume\n\n2021-03-01 09:30:00,1,2,0.5,1.5,10\n\n";
        byte[] content = new byte[bom.length + text.length()];
        System.arraycopy(bom, 0, content, 0, 3);
        System.arraycopy(text.getBytes(StandardCharsets.US_ASCII), 0, content, 3, text.length());
        Path file = Files.write(dir.resolve("x.csv"), content);

        ImportResult result = CsvBarImporter.read(file, CsvFormat.ohlcv(), LoadOptions.defaults()
                .withInstrument(InstrumentId.parse("ES.CME")).withSpec(BarSpec.MINUTE_5));

        assertThat(result.series().size()).isEqualTo(1);
        assertThat(result.series().instrument()).isEqualTo(InstrumentId.parse("ES.CME"));
        assertThat(result.series().spec()).isEqualTo(BarSpec.MINUTE_5);
        assertThat(result.report().rowsRead()).isEqualTo(1);
    }

    @Test
    void lineNumbersCountBlankLines() {
        DataFormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(DataFormatException.class,
                () -> read("timestamp,open,high,low,close,volume\n\n\n2021-03-01 09:30:00,1,2,0.5,x,10\n", CsvFormat.ohlcv()));

        assertThat(e.line()).isEqualTo(4);
    }

    private BarSeries read(String content, CsvFormat format) {
        try {
            Path file = Files.writeString(dir.resolve("bars.csv"), content);
            return CsvBarImporter.read(file, format, LoadOptions.defaults()).series();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
