package wave.data.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import wave.data.validate.BarSpacing;
import wave.data.validate.ValidationOutcome;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;

/**
 * Imports bars from CSV in a given {@link CsvFormat}: {@link CsvFormat#yahoo()}, {@link CsvFormat#alphaVantage()}
 * or any generic layout. Use {@link CsvImporters#load} to detect the format from the header.
 *
 * <p>The file is streamed and parsed in place: memory is the columns kept (sized from a first pass that counts
 * the lines) plus a window of a megabyte, whatever the size of the file. Prices become exact 9-decimal fixed-point raw values,
 * timestamps nanoseconds since the epoch in UTC (daily bars at 00:00 of their date), naming the end of each bar the
 * format's {@link CsvFormat#label()} gives. The raw rows are validated
 * (with their line numbers) by the options' {@link wave.data.validate.BarValidator} before the series is built.
 * Lines end with {@code \n} or {@code \r\n}; blank lines and a UTF-8 byte-order mark are skipped; blanks
 * around a field are ignored; data fields are not quoted (header names may be).
 *
 * <p>A file with dividend and split columns (Alpha Vantage) read with {@link PriceColumn#CLOSE} (raw prices) gives a
 * series carrying those corporate actions ({@link BarSeries#withCorporateActions}); with
 * {@link PriceColumn#ADJ_CLOSE} the prices already account for them and the series carries none.
 */
public final class CsvBarImporter {
    private CsvBarImporter() {
    }

    /**
     * Reads a file.
     *
     * @throws DataFormatException                      if the file cannot be read as bars in this format
     * @throws wave.data.validate.ValidationException if rows break a rule under the FAIL policy
     * @throws IOException                              if the file cannot be read
     */
    public static ImportResult read(Path file, CsvFormat format, LoadOptions options) throws IOException {
        int lines = LineCount.of(file);
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), in, lines, format, options);
        }
    }

    /**
     * Reads CSV content.
     *
     * @param source name for messages and the default instrument id, usually the file name
     * @throws DataFormatException                      if the content cannot be read as bars in this format
     * @throws wave.data.validate.ValidationException if rows break a rule under the FAIL policy
     */
    public static ImportResult read(String source, byte[] content, CsvFormat format, LoadOptions options) {
        try {
            int lines = (int) LineCount.newlines(content, content.length) + 1;
            return read(source, new ByteArrayInputStream(content), lines, format, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportResult read(String source, InputStream in, int lines, CsvFormat format, LoadOptions options)
            throws IOException {
        int rowsHint = Math.max(0, lines - (format.header() ? 1 : 0));
        CsvRowReader.Rows rows = CsvRowReader.read(source, in, format, options.priceColumn(), rowsHint);
        BarSpec spec = options.spec() != null ? options.spec() : BarSpacing.inferSpec(BarSpacing.medianNanos(rows.bars()));
        boolean rawPrices = rows.actions() != null && options.priceColumn() == PriceColumn.CLOSE;
        ValidationOutcome outcome = options.validator().validate(source, rows.bars(), spec,
                rawPrices ? rows.actions().splitsByRow() : null);
        InstrumentId instrument = options.instrument() != null ? options.instrument() : CsvImporters.instrumentFromFileName(source);
        BarSeries series = rows.bars().toSeries(instrument, spec, outcome.keptRows()).withLabel(format.label());
        Optional<CorporateActions> actions = rows.actions() == null
                ? Optional.empty() : Optional.of(rows.actions().select(outcome.keptRows()));
        if (actions.isPresent() && options.priceColumn() == PriceColumn.CLOSE) {
            series = actions.get().attachTo(series);
        }
        return new ImportResult(series, format, outcome.report(), actions);
    }
}
