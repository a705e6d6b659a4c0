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

    @Option(names = "--splits", defaultValue = "adjust", paramLabel = "adjust|as-traded",
            description = {"Files with split coefficients: adjust back-adjusts prices and volumes so that a split never moves an",
                    "indicator or a signal; as-traded keeps the quoted prices and splits positions on the ex-date (default: ${DEFAULT-VALUE})."})
    String splits;

    @Option(names = "--symbol", paramLabel = "SYMBOL",
            description = "Instrument of a single file (default: from the file name, e.g. ORCL for orcl-2014.txt; also --data SYMBOL=FILE).")
    String symbol;

    @Mixin
    FormatOptions format;

    /** The options as the importers take them. */
    LoadOptions loadOptions() {
        LoadOptions options = LoadOptions.defaults().withPriceColumn(SeriesLoader.priceColumn(priceColumn))
                .withPolicy(SeriesLoader.policy(onBadData)).withHints(format.hints()).withAdjustSplits(adjustSplits());
        return symbol == null ? options : options.withInstrument(InstrumentId.parse(symbol));
    }

    /**
     * The prices a run uses, for its summary: {@code close prices (split-adjusted, cash dividends)}, {@code close prices
     * as traded} or {@code adj-close prices}.
     */
    String describePrices() {
        if (!priceColumn.equals("close")) {
            return priceColumn + " prices";
        }
        return adjustSplits() ? "close prices (split-adjusted, cash dividends)" : "close prices as traded";
    }

    private boolean adjustSplits() {
        return switch (splits) {
            case "adjust" -> true;
            case "as-traded" -> false;
            default -> throw new IllegalArgumentException("--splits '" + splits + "' not understood; expected adjust or as-traded");
        };
    }
}
