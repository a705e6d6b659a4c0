package wave.data.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(DETECTION_BYTES + 1);
            boolean whole = head.length <= DETECTION_BYTES;
            return FormatDetector.detect(file.getFileName().toString(), whole ? head : Arrays.copyOf(head, DETECTION_BYTES), whole);
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
        return CsvBarImporter.read(file, detect(file), options);
    }

    /** Detects the format and imports CSV content; {@code source} names it in messages and the default instrument. */
    public static ImportResult load(String source, byte[] content, LoadOptions options) {
        CsvFormat format = FormatDetector.detect(source, content, true);
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
