package wave.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.data.csv.CsvFormat.Field;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.testkit.SharedData;

/** Instruments named from file names without collisions, generic column mapping, wide close-only panels. */
class NamingAndMappingTest {
    @TempDir
    Path dir;

    @Test
    void theBacktraderFilesOf2006GetDistinctNamesAndOthersKeepTheirTicker() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(SharedData.file("backtrader/orcl-2014.txt").getParent())) {
            files = listed.filter(p -> p.getFileName().toString().startsWith("2006") || p.getFileName().toString().startsWith("orcl"))
                    .sorted().toList();
        }

        assertThat(InstrumentNames.forFiles(files)).extracting(InstrumentId::toString).containsExactly(
                "2006-01-02-VOLUME-MIN-001.SIM", "2006-DAY-001.SIM", "2006-DAY-002.SIM", "2006-MIN-005.SIM",
                "2006-MONTH-001.SIM", "2006-VOLUME-DAY-001.SIM", "2006-WEEK-001.SIM", "2006-WEEK-002.SIM",
                "ORCL-1995-2014.SIM", "ORCL-2003-2005.SIM", "ORCL-2014.SIM");
        assertThat(InstrumentNames.forFiles(List.of(Path.of("orcl-1995-2014.txt"), Path.of("nvda-1999-2014.txt"),
                Path.of("2006-day-001.txt")))).extracting(InstrumentId::toString).containsExactly("ORCL.SIM", "NVDA.SIM", "2006.SIM");
    }

    @Test
    void aGenericFileLoadsWithMappedColumnsADatePatternAndATimeZone() throws IOException {
        Path file = dir.resolve("bund.csv");
        Files.writeString(file, """
                Day;Hour;First;Top;Bottom;Settle;Lots
                02.01.2024;09:00:00;134,5;135;134;134,75;1200
                """.replace(",", "."));
        FormatHints hints = new FormatHints(FormatHints.parseColumns("date=Day,time=Hour,open=First,high=Top,low=Bottom,"
                + "close=Settle,volume=Lots"), "dd.MM.yyyy", FormatHints.parseZone("Europe/Berlin"));

        BarSeries series = CsvImporters.load(file, LoadOptions.defaults().withHints(hints)).series();

        assertThat(Instant.ofEpochSecond(0, series.tsNanos(0))).isEqualTo(Instant.parse("2024-01-02T08:00:00Z"));
        assertThat(List.of(series.openRaw(0), series.highRaw(0), series.lowRaw(0), series.closeRaw(0)))
                .containsExactly(134_500_000_000L, 135_000_000_000L, 134_000_000_000L, 134_750_000_000L);
        assertThat(series.volume(0)).isEqualTo(1200);
    }

    @Test
    void aMappedCloseReplacesTheDetectedOne() throws IOException {
        Path file = dir.resolve("spy.csv");
        Files.writeString(file, "Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,10,12,9,11,10.5,100\n");

        BarSeries series = CsvImporters.load(file, LoadOptions.defaults().withHints(
                new FormatHints(Map.of(Field.CLOSE, "Adj Close"), null, null))).series();

        assertThat(series.closeRaw(0)).isEqualTo(10_500_000_000L);
    }

    @Test
    void badMappingsNameTheOptionAndWhatWasExpected() throws IOException {
        Path file = dir.resolve("spy.csv");
        Files.writeString(file, "Date,Open,High,Low,Close\n2024-01-02,10,12,9,11\n");

        DataFormatException missing = catchThrowableOfType(DataFormatException.class, () -> CsvImporters.load(file,
                LoadOptions.defaults().withHints(new FormatHints(Map.of(Field.CLOSE, "Last"), null, null))));
        IllegalArgumentException field = catchThrowableOfType(IllegalArgumentException.class,
                () -> FormatHints.parseColumns("closing=Close"));
        IllegalArgumentException zone = catchThrowableOfType(IllegalArgumentException.class,
                () -> FormatHints.parseZone("Mars/Olympus"));

        assertThat(missing.getMessage()).isEqualTo("spy.csv:1: --columns close=Last: no such column; found [Date, Open, High, Low, Close]");
        assertThat(field.getMessage()).isEqualTo("--columns field 'closing' not understood; expected date, timestamp, time, open,"
                + " high, low, close, volume, adj-close, dividend or split");
        assertThat(zone.getMessage()).isEqualTo("--time-zone 'Mars/Olympus' not understood; expected a region such as"
                + " America/New_York, UTC or an offset such as +01:00");
    }

    @Test
    void aWideClosePanelLoadsOneInstrumentPerColumnFromItsFirstValue() throws IOException {
        List<ImportResult> results = CsvImporters.loadAll(SharedData.file("pypfopt/stock_prices.csv"), LoadOptions.defaults());

        assertThat(results).extracting(r -> r.series().instrument().symbol()).containsExactly("GOOG", "AAPL", "FB", "BABA",
                "AMZN", "GE", "AMD", "WMT", "BAC", "GM", "T", "UAA", "SHLD", "XOM", "RRC", "BBY", "MA", "PFE", "JPM", "SBUX");
        BarSeries amzn = results.get(4).series();
        assertThat(Instant.ofEpochSecond(0, amzn.tsNanos(0))).isEqualTo(Instant.parse("1997-05-15T00:00:00Z"));
        assertThat(amzn.closeRaw(0)).isEqualTo(1_958_333_000L);
        assertThat(amzn.openRaw(0)).isEqualTo(amzn.closeRaw(0));
        BarSeries aapl = results.get(1).series();
        assertThat(aapl.size()).isEqualTo(7126);
        assertThat(aapl.closeRaw(0)).isEqualTo(117_203_000L);
    }

    @Test
    void aWidePanelIsNotTakenForOneInstrument() {
        DataFormatException e = catchThrowableOfType(DataFormatException.class,
                () -> CsvImporters.load(SharedData.file("pypfopt/stock_prices.csv"), LoadOptions.defaults()));

        assertThat(e.getMessage()).isEqualTo("stock_prices.csv:1: a wide panel of 20 instruments; expected the bars of one"
                + " instrument here (a backtest's --data and wave data validate load each column)");
    }
}
