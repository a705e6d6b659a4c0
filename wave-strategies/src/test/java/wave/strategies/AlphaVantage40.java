package wave.strategies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import wave.data.csv.CsvImporters;
import wave.data.csv.LoadOptions;
import wave.data.csv.PriceColumn;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;

/** The 40 Alpha Vantage stocks of the shared data, with adjusted prices (splits and dividends folded in) or as traded. */
final class AlphaVantage40 {
    private AlphaVantage40() {
    }

    static List<BarSeries> adjusted() {
        return load(PriceColumn.ADJ_CLOSE, true);
    }

    /** The prices as traded, with the files' splits and dividends to apply on their ex-dates. */
    static List<BarSeries> asTraded() {
        return load(PriceColumn.CLOSE, false);
    }

    private static List<BarSeries> load(PriceColumn column, boolean withoutActions) {
        Path dir = SharedData.require("sp500_alphavantage/DA-AAPL-T-2021-04-21.csv").getParent();
        List<BarSeries> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                String symbol = file.getFileName().toString().split("-")[1];
                LoadOptions options = LoadOptions.defaults().withInstrument(InstrumentId.of(symbol))
                        .withPriceColumn(column);
                BarSeries series = CsvImporters.load(file, options).series();
                out.add(withoutActions ? series.withoutCorporateActions() : series);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
