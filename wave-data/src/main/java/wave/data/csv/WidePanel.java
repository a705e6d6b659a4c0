package wave.data.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import wave.data.csv.CsvFormat.Field;
import wave.data.validate.BarSpacing;
import wave.data.validate.RawBars;
import wave.data.validate.ValidationOutcome;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;

/**
 * A wide close-only panel, such as PyPortfolioOpt's {@code stock_prices.csv}: a header {@code date,GOOG,AAPL,...},
 * then one row per date with the close of each instrument, blank (or {@code NaN}) where it has none, e.g. before it
 * was listed. Each column becomes a series of its own, named by its header, from its first value; its bars have
 * open = high = low = close and volume 0. A blank after the first value skips that date for that instrument. Its
 * validation report is named {@code file[NAME]}.
 */
final class WidePanel {
    private static final Set<String> STAMP_NAMES = Set.of("date", "day", "tradedate", "timestamp", "datetime");
    private static final Set<String> BLANKS = Set.of("", "nan", "na", "null");

    private WidePanel() {
    }

    /**
     * Whether a file's start is a wide panel: its first column a date (by name and by the second line's value), at
     * least one more column, and none named like an open, high, low or close.
     */
    static boolean matches(String source, byte[] head, boolean whole) {
        TextCheck.requireText(source, head, Math.min(head.length, TextCheck.SAMPLE_BYTES));
        List<String> lines = FormatDetector.firstLines(head);
        if (lines.size() < 2) {
            return false;
        }
        char delimiter = FormatDetector.delimiter(lines.get(0));
        List<String> names = FormatDetector.split(lines.get(0), delimiter);
        List<String> first = FormatDetector.split(lines.get(1), delimiter);
        if (names.size() < 2 || FormatDetector.indexOf(names.subList(0, 1), STAMP_NAMES) != 0
                || FormatDetector.dateTimePattern(first.get(0)) == null) {
            return false;
        }
        for (Field field : List.of(Field.OPEN, Field.HIGH, Field.LOW, Field.CLOSE)) {
            if (FormatDetector.indexOf(names, FormatDetector.SYNONYMS.get(field)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads every column of a panel, validated with the options' validator.
     *
     * @throws DataFormatException naming file:line:column for a date or a close that does not parse, or a row whose
     *                             number of fields differs from the header's
     * @throws IOException         if the file cannot be read
     */
    static List<ImportResult> read(Path file, LoadOptions options) throws IOException {
        String source = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            char delimiter = FormatDetector.delimiter(header);
            List<String> names = FormatDetector.split(header, delimiter);
            List<RawBars> columns = new ArrayList<>();
            for (int j = 1; j < names.size(); j++) {
                columns.add(new RawBars(1024));
            }
            TimestampParser dates = null;
            int lineNumber = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = FormatDetector.split(line, delimiter);
                if (fields.size() != names.size()) {
                    throw DataFormatException.of(source, lineNumber, "expected " + names.size() + " fields (a date and "
                            + (names.size() - 1) + " closes), got " + fields.size() + ": '" + DataFormatException.shorten(line) + "'");
                }
                if (dates == null) {
                    String pattern = FormatDetector.dateTimePattern(fields.get(0));
                    dates = TimestampParser.dateTime(pattern != null ? pattern : CsvFormat.DATE_PATTERN);
                }
                long ts = timestamp(dates, source, lineNumber, names.get(0), fields.get(0));
                for (int j = 1; j < names.size(); j++) {
                    String text = fields.get(j);
                    if (!BLANKS.contains(text.toLowerCase(Locale.ROOT))) {
                        long close = close(source, lineNumber, names.get(j), text);
                        columns.get(j - 1).add(lineNumber, ts, close, close, close, close, 0);
                    }
                }
            }
            List<ImportResult> results = new ArrayList<>();
            for (int j = 1; j < names.size(); j++) {
                RawBars rows = columns.get(j - 1);
                if (rows.size() > 0) {
                    results.add(result(source + "[" + names.get(j) + "]", rows, InstrumentId.parse(names.get(j).replaceAll("[\\s,]", "_")),
                            options));
                }
            }
            if (results.isEmpty()) {
                throw DataFormatException.of(source, lineNumber + 1, "expected a row with at least one close, got the end of the file");
            }
            return results;
        }
    }

    private static ImportResult result(String source, RawBars rows, InstrumentId instrument, LoadOptions options) {
        BarSpec spec = options.spec() != null ? options.spec() : BarSpacing.inferSpec(BarSpacing.medianNanos(rows));
        ValidationOutcome outcome = options.validator().validate(source, rows, spec);
        BarSeries series = rows.toSeries(instrument, spec, outcome.keptRows());
        return new ImportResult(series, null, outcome.report(), Optional.empty());
    }

    private static long timestamp(TimestampParser dates, String source, int line, String column, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        long local = dates.parse(bytes, 0, bytes.length);
        if (local == DecimalParser.INVALID || local == TimestampParser.OUT_OF_RANGE) {
            throw DataFormatException.field(source, line, column, text, local == DecimalParser.INVALID
                    ? "a date in the pattern '" + dates.pattern() + "'"
                    : "a date from " + TimestampParser.RANGE + " (the range of nanosecond timestamps)");
        }
        return local;
    }

    private static long close(String source, int line, String column, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        long raw = DecimalParser.parseRaw(bytes, 0, bytes.length);
        if (raw == DecimalParser.INVALID) {
            throw DataFormatException.field(source, line, column, text, "a decimal number, or a blank when there is no close");
        }
        return raw;
    }
}
