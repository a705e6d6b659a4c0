/**
 * CSV import and export of bars.
 *
 * <p>Entry points: {@link wave.data.csv.CsvImporters#load} detects the layout from the header (Yahoo daily,
 * Alpha Vantage daily adjusted, backtrader, generic OHLCV) and imports a file; {@link wave.data.csv.CsvBarImporter}
 * imports with a given {@link wave.data.csv.CsvFormat}; {@link wave.data.csv.BarCsvWriter} writes a series back.
 * Files are read as bytes and parsed in place: prices become exact 9-decimal fixed-point raw values, timestamps
 * epoch nanoseconds in UTC (daily bars at 00:00 of their date). Bad input raises
 * {@link wave.data.csv.DataFormatException} naming file, line, column, text and what was expected; rows are
 * validated by {@link wave.data.validate.BarValidator} before the series is built.
 */
package wave.data.csv;
