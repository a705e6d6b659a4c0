package wave.data.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import wave.domain.instrument.InstrumentId;

/**
 * Imports a CSV file of bars whose format is detected from its header: Yahoo daily
 * ({@code Date,Open,High,Low,Close,Adj Close,Volume}), Alpha Vantage daily adjusted, backtrader's
 * {@code Date[,Time],Open,High,Low,Close,Volume,OpenInterest} files (including the one whose header lacks the
 * Time column its rows have), ISO timestamps with milliseconds, and generic {@code timestamp,open,high,low,close
 * [,volume]} files with or without a header, delimited by {@code ,}, {@code ;}, tab or {@code |}.
 */
public final class CsvImporters {
    private static final int DETECTION_BYTES = TextCheck.SAMPLE_BYTES;

    private CsvImporters() {
    }

    /**
     * The format of a file, from its first two lines.
     *
     * @throws DataFormatException if the header lacks required columns or the timestamps are not recognised
     * @throws IOException         if the file cannot be read
     */
    public static CsvFormat detect(Path file) throws IOException {
        return detect(file, FormatHints.none());
    }

    /**
     * The format of a file from its first two lines and what the user says of it.
     *
     * @throws DataFormatException if the header lacks required columns or the timestamps are not recognised
     * @throws IOException         if the file cannot be read
     */
    public static CsvFormat detect(Path file, FormatHints hints) throws IOException {
        byte[] head = head(file);
        boolean whole = head.length <= DETECTION_BYTES;
        return FormatDetector.detect(file.getFileName().toString(), whole ? head : Arrays.copyOf(head, DETECTION_BYTES), whole, hints);
    }

    /** The first {@code DETECTION_BYTES + 1} bytes of a file (one more tells whether there is more). */
    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(DETECTION_BYTES + 1);
        }
    }

    /**
     * Detects the format and imports the file (see {@link CsvBarImporter#read(Path, CsvFormat, LoadOptions)}).
     *
     * @throws DataFormatException                      if the file cannot be read as bars
     * @throws wave.data.validate.ValidationException if rows break a rule under the FAIL policy
     * @throws IOException                              if the file cannot be read
     */
    public static ImportResult load(Path file, LoadOptions options) throws IOException {
        List<ImportResult> results = loadAll(file, options);
        if (results.size() != 1) {
            throw DataFormatException.of(file.getFileName().toString(), 1, "a wide panel of " + results.size() + " instruments;"
                    + " expected the bars of one instrument here (a backtest's --data and wave data validate load each column)");
        }
        return results.getFirst();
    }

    /**
     * Imports a file of one instrument (as {@link #load(Path, LoadOptions)}), or a wide close-only panel (one date
     * column, then one close column per instrument, blank before an instrument's first value) as one result per
     * column, named by its header, starting at its first value ({@link WidePanel}).
     *
     * @throws DataFormatException                      if the file cannot be read as bars
     * @throws wave.data.validate.ValidationException if rows break a rule under the FAIL policy
     * @throws IOException                              if the file cannot be read
     */
    public static List<ImportResult> loadAll(Path file, LoadOptions options) throws IOException {
        byte[] head = head(file);
        String source = file.getFileName().toString();
        boolean whole = head.length <= DETECTION_BYTES;
        byte[] shown = whole ? head : Arrays.copyOf(head, DETECTION_BYTES);
        if (options.hints().isEmpty() && WidePanel.matches(source, shown, whole)) {
            return WidePanel.read(file, options);
        }
        return List.of(CsvBarImporter.read(file, FormatDetector.detect(source, shown, whole, options.hints()), options));
    }

    /** Detects the format and imports CSV content; {@code source} names it in messages and the default instrument. */
    public static ImportResult load(String source, byte[] content, LoadOptions options) {
        CsvFormat format = FormatDetector.detect(source, content, true, options.hints());
        return CsvBarImporter.read(source, content, format, options);
    }

    /**
     * The default instrument of a file: {@code DA-AAPL-T-2021-04-21.csv} (Alpha Vantage data set naming) gives
     * {@code AAPL}, otherwise the base name upper-cased up to the first {@code '-'} or {@code '.'}
     * ({@code orcl-1995-2014.txt} gives {@code ORCL}); blanks and commas become {@code _}. The venue is
     * {@link InstrumentId#SIMULATED}.
     */
    public static InstrumentId instrumentFromFileName(String fileName) {
        String name = Path.of(fileName).getFileName().toString();
        int tickerEnd = name.indexOf("-T-", 3);
        String symbol;
        if (name.startsWith("DA-") && tickerEnd > 3) {
            symbol = name.substring(3, tickerEnd);
        } else {
            int end = 0;
            while (end < name.length() && name.charAt(end) != '-' && name.charAt(end) != '.') {
                end++;
            }
            symbol = end > 0 ? name.substring(0, end) : name;
        }
        symbol = symbol.toUpperCase(Locale.ROOT).replaceAll("[\\s,]", "_");
        return InstrumentId.of(symbol.isEmpty() ? "UNNAMED" : symbol);
    }
}
