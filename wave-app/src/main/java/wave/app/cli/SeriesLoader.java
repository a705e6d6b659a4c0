package wave.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import wave.data.adjust.SplitAdjustment;
import wave.data.csv.CsvImporters;
import wave.data.csv.ImportResult;
import wave.data.csv.InstrumentNames;
import wave.data.csv.LoadOptions;
import wave.data.csv.PriceColumn;
import wave.data.validate.Finding;
import wave.data.validate.ValidationPolicy;
import wave.data.validate.ValidationReport;
import wave.data.validate.ValidationSummary;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;

/**
 * Loads the bar series of a {@code --data} argument and reports validation findings on standard error: one line
 * counting them by kind (with the command that lists them), and the report of each file whose rows were dropped or
 * repaired. Findings that block the run fail it with their list ({@link wave.data.validate.ValidationException}).
 */
final class SeriesLoader {
    private SeriesLoader() {
    }

    static PriceColumn priceColumn(String text) {
        return switch (text) {
            case "close" -> PriceColumn.CLOSE;
            case "adj-close" -> PriceColumn.ADJ_CLOSE;
            default -> throw new IllegalArgumentException("--price-column '" + text + "' not understood; expected close or adj-close");
        };
    }

    static ValidationPolicy policy(String text) {
        return switch (text) {
            case "fail" -> ValidationPolicy.FAIL;
            case "drop" -> ValidationPolicy.DROP;
            case "repair" -> ValidationPolicy.REPAIR;
            default -> throw new IllegalArgumentException("--on-bad-data '" + text + "' not understood; expected fail, drop or repair");
        };
    }

    /** Loads every file of {@code data}; instruments must be distinct and share one bar length. */
    static List<BarSeries> load(Path data, LoadOptions options, PrintWriter err) throws IOException {
        return load(DataFiles.resolve(data), named(data, options), err);
    }

    /** The options with the instrument that {@code data} names as {@code SYMBOL=FILE}, if it does. */
    static LoadOptions named(Path data, LoadOptions options) {
        String symbol = DataFiles.symbol(data, null);
        if (symbol == null) {
            return options;
        }
        InstrumentId id = InstrumentId.parse(symbol);
        if (options.instrument() != null && !options.instrument().equals(id)) {
            throw new IllegalArgumentException("--data " + data + " names the instrument " + id + " and --symbol names "
                    + options.instrument() + "; give one name");
        }
        return options.withInstrument(id);
    }

    /**
     * Loads {@code files} (as resolved by {@link DataFiles}) in their order: one series per file, named by
     * {@link InstrumentNames} unless the options name the instrument (of one file), or one per column of a wide panel.
     */
    static List<BarSeries> load(List<Path> files, LoadOptions options, PrintWriter err) throws IOException {
        if (options.instrument() != null && files.size() > 1) {
            throw new IllegalArgumentException("--symbol names the instrument of one file, but the data holds " + files.size()
                    + " files; let their file names name them");
        }
        List<InstrumentId> names = InstrumentNames.forFiles(files);
        List<ImportResult> loaded = new ArrayList<>();
        List<Path> loadedFrom = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            List<ImportResult> results = CsvImporters.loadAll(files.get(i),
                    options.instrument() != null ? options : options.withInstrument(names.get(i)));
            if (results.size() > 1 && options.instrument() != null) {
                throw new IllegalArgumentException("--symbol names one instrument, but " + files.get(i) + " is a wide panel of "
                        + results.size() + " instruments named by its header");
            }
            for (ImportResult result : results) {
                loaded.add(result);
                loadedFrom.add(files.get(i));
            }
        }
        return check(loaded, loadedFrom, files, options, err);
    }

    /** The series of the results, each read from {@code loadedFrom}'s file: distinct, of one bar length, reported on. */
    private static List<BarSeries> check(List<ImportResult> loaded, List<Path> loadedFrom, List<Path> files, LoadOptions options,
                                         PrintWriter err) {
        List<BarSeries> series = new ArrayList<>();
        List<ValidationReport> reports = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < loaded.size(); k++) {
            ImportResult result = loaded.get(k);
            Path file = loadedFrom.get(k);
            reports.add(result.report());
            if (result.report().findings().stream().anyMatch(f -> f.action() != Finding.Action.REPORTED)) {
                err.println(result.report().format(5));
            }
            BarSeries s = adjustSplits(mergeSharedTimestamps(result.series(), file, err), options, err);
            if (s.isEmpty()) {
                throw new IllegalArgumentException(file + ": no bars left after validation");
            }
            if (!seen.add(s.instrument().toString())) {
                throw new IllegalArgumentException(file + ": instrument " + s.instrument() + " appears twice in the data");
            }
            if (!series.isEmpty() && !series.get(0).spec().equals(s.spec())) {
                throw new IllegalArgumentException(file + ": bar length " + s.spec() + " differs from " + series.get(0).spec()
                        + " of " + series.get(0).instrument() + "; use files of one bar length");
            }
            series.add(s);
        }
        if (!files.isEmpty()) {
            Path shown = files.size() == 1 ? files.getFirst() : files.getFirst().toAbsolutePath().getParent();
            String summary = ValidationSummary.line(files.size(), reports, "see them with: wave data validate " + shown);
            if (summary != null) {
                err.println(summary);
            }
        }
        return series;
    }

    /**
     * The series back-adjusted for its splits when {@code options} say so ({@link SplitAdjustment}), with a note on
     * standard error naming how many; as it is otherwise or when it has none.
     */
    static BarSeries adjustSplits(BarSeries series, LoadOptions options, PrintWriter err) {
        int splits = SplitAdjustment.splits(series);
        if (!options.adjustSplits() || splits == 0) {
            return series;
        }
        err.println(series.instrument() + ": prices and volumes adjusted for " + splits + " split" + (splits == 1 ? "" : "s")
                + ", dividends paid in cash on their ex-dates (--splits as-traded keeps the prices as quoted)");
        return SplitAdjustment.apply(series);
    }

    /**
     * Merges consecutive bars that share a timestamp (trade ticks reported in the same millisecond) into one
     * bar: first open, highest high, lowest low, last close, summed volume. Backtests and metrics need one bar
     * per timestamp.
     */
    static BarSeries mergeSharedTimestamps(BarSeries series, Path file, PrintWriter err) {
        int merged = 0;
        for (int i = 1; i < series.size(); i++) {
            if (series.tsNanos(i) == series.tsNanos(i - 1)) {
                merged++;
            }
        }
        if (merged == 0) {
            return series;
        }
        BarSeries.Builder b = BarSeries.builder(series.instrument(), series.spec(), series.size() - merged);
        int start = 0;
        while (start < series.size()) {
            int end = start + 1;
            long high = series.highRaw(start);
            long low = series.lowRaw(start);
            double volume = series.volume(start);
            while (end < series.size() && series.tsNanos(end) == series.tsNanos(start)) {
                high = Math.max(high, series.highRaw(end));
                low = Math.min(low, series.lowRaw(end));
                volume += series.volume(end);
                end++;
            }
            b.add(series.tsNanos(start), series.openRaw(start), high, low, series.closeRaw(end - 1), volume);
            start = end;
        }
        err.println(file.getFileName() + ": merged " + merged + " bar(s) sharing a timestamp with the previous one");
        return b.build().withLabel(series.label());
    }
}
