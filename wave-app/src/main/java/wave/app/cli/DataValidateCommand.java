package wave.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import wave.data.csv.CsvImporters;
import wave.data.csv.ImportResult;
import wave.data.csv.LoadOptions;
import wave.data.validate.Finding;
import wave.data.validate.ValidationReport;

/** {@code wave data validate}: imports files and prints what validation found. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check CSV bar files: order, duplicates, gaps, OHLC consistency, prices, volume, outliers.",
                "Exit status 0 when clean, 1 when rows break a rule (gaps and outliers are reported but do not fail)."})
final class DataValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "CSV files or directories.")
    Path[] files;

    @Option(names = "--policy", defaultValue = "repair", paramLabel = "fail|drop|repair",
            description = "What the report says would be done with bad rows (default: ${DEFAULT-VALUE}).")
    String policy;

    @Option(names = "--price-column", defaultValue = "close", paramLabel = "close|adj-close", description = "Which close to use (default: ${DEFAULT-VALUE}).")
    String priceColumn;

    @Option(names = "--outlier-z", defaultValue = "10", paramLabel = "Z", description = "Robust z-score above which a return is an outlier (default: ${DEFAULT-VALUE}).")
    double outlierZ;

    @Option(names = "--calendar", paramLabel = "nyse|nasdaq|fx|24/7",
            description = "Market sessions of intraday files: nights, weekends and holidays are then not gaps (default: none, every spacing counts).")
    String calendar;

    @Option(names = "--max-findings", defaultValue = "50", paramLabel = "N", description = "Findings listed per file (default: ${DEFAULT-VALUE}).")
    int maxFindings;

    @Mixin
    FormatOptions format;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        LoadOptions options = LoadOptions.defaults().withPolicy(SeriesLoader.policy(policy))
                .withPriceColumn(SeriesLoader.priceColumn(priceColumn)).withOutlierThreshold(outlierZ)
                .withCalendar(calendar == null ? null : CalendarOption.parse(calendar)).withHints(format.hints());
        boolean failed = false;
        for (Path argument : files) {
            for (Path file : DataFiles.resolve(argument)) {
                for (ImportResult result : CsvImporters.loadAll(file, options)) {
                    ValidationReport report = result.report();
                    out.println(report.format(maxFindings));
                    out.println("  -> " + result.series().size() + " bars of " + result.series().spec() + " for "
                            + result.series().instrument());
                    failed |= report.findings().stream().anyMatch(f -> f.action() != Finding.Action.REPORTED);
                }
            }
        }
        return failed ? ErrorHandler.FAILED : 0;
    }
}
