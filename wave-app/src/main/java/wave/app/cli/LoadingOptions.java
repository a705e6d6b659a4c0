package wave.app.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wave.data.csv.LoadOptions;
import wave.domain.instrument.InstrumentId;

/**
 * How bar files are read: which close a file with two uses, what happens to invalid rows, the instrument's name, and
 * the columns, date pattern and time zone of generic files.
 */
final class LoadingOptions {
    @Option(names = "--price-column", defaultValue = "close", paramLabel = "close|adj-close",
            description = "Which close to use for files that have both (default: ${DEFAULT-VALUE}).")
    String priceColumn;

    @Option(names = "--on-bad-data", defaultValue = "fail", paramLabel = "fail|drop|repair",
            description = "What to do with invalid rows (default: ${DEFAULT-VALUE}).")
    String onBadData;

    @Option(names = "--symbol", paramLabel = "SYMBOL",
            description = "Instrument of a single file (default: from the file name, e.g. ORCL for orcl-2014.txt; also --data SYMBOL=FILE).")
    String symbol;

    @Mixin
    FormatOptions format;

    /** The options as the importers take them. */
    LoadOptions loadOptions() {
        LoadOptions options = LoadOptions.defaults().withPriceColumn(SeriesLoader.priceColumn(priceColumn))
                .withPolicy(SeriesLoader.policy(onBadData)).withHints(format.hints());
        return symbol == null ? options : options.withInstrument(InstrumentId.parse(symbol));
    }
}
