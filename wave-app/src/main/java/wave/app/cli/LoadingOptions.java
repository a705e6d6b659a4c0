package wave.app.cli;

import picocli.CommandLine.Option;
import wave.data.csv.LoadOptions;

/** How bar files are read: which close a file with two uses, and what happens to invalid rows. */
final class LoadingOptions {
    @Option(names = "--price-column", defaultValue = "close", paramLabel = "close|adj-close",
            description = "Which close to use for files that have both (default: ${DEFAULT-VALUE}).")
    String priceColumn;

    @Option(names = "--on-bad-data", defaultValue = "fail", paramLabel = "fail|drop|repair",
            description = "What to do with invalid rows (default: ${DEFAULT-VALUE}).")
    String onBadData;

    /** The options as the importers take them. */
    LoadOptions loadOptions() {
        return LoadOptions.defaults().withPriceColumn(SeriesLoader.priceColumn(priceColumn)).withPolicy(SeriesLoader.policy(onBadData));
    }
}
