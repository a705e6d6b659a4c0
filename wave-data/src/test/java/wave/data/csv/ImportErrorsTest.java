package wave.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One bad input per error kind per importer; each message names file, line, column, text and what was expected. */
class ImportErrorsTest {
    private static final String YAHOO_HEADER = "Date,Open,High,Low,Close,Adj Close,Volume\n";
    private static final String YAHOO_ROW = "2014-01-02,37.78,38.03,37.55,37.84,35.17,18162100\n";
    private static final String AV_HEADER = "timestamp,open,high,low,close,adjusted_close,volume,dividend_amount,split_coefficient\n";
    private static final String AV_ROW = "2020-08-28,504.05,505.77,498.31,499.23,124.405824223,46907479,0.0,1.0\n";
    private static final String GENERIC_HEADER = "timestamp,open,high,low,close,volume\n";
    private static final String GENERIC_ROW = "2021-03-01 09:30:00,10.5,10.75,10.25,10.6,1200\n";

    @TempDir
    Path dir;

    static Stream<Arguments> badInputs() {
        return Stream.of(
                // Yahoo
                bad("yahoo", CsvFormat.yahoo(), "orcl.csv", "Date,Open,High,Low,Adj Close,Volume\n2014-01-02,1,2,0.5,1,100\n",
                        1, null, "orcl.csv:1: missing required column(s) 'Close'; found [Date, Open, High, Low, Adj Close, Volume];"
                                + " required ['Date', 'Open', 'High', 'Low', 'Close', 'Volume', 'Adj Close']"),
                bad("yahoo", CsvFormat.yahoo(), "orcl.csv", YAHOO_HEADER + YAHOO_ROW + "2014-01-03,37.65,37.86,37.56,abc,35.07,11693900\n",
                        3, "Close", "orcl.csv:3: column 'Close': expected a decimal number, got 'abc'"),
                bad("yahoo", CsvFormat.yahoo(), "orcl.csv", YAHOO_HEADER + YAHOO_ROW + "2014-01-03,37.65,37.86,37.56,37.62,35.07,1.2.3\n",
                        3, "Volume", "orcl.csv:3: column 'Volume': expected a number, got '1.2.3'"),
                bad("yahoo", CsvFormat.yahoo(), "orcl.csv", YAHOO_HEADER + YAHOO_ROW + "2014-13-03,37.65,37.86,37.56,37.62,35.07,11693900\n",
                        3, "Date", "orcl.csv:3: column 'Date': expected a date in the pattern 'yyyy-MM-dd', got '2014-13-03'"),
                bad("yahoo", CsvFormat.yahoo(), "orcl.csv", YAHOO_HEADER + YAHOO_ROW + "2014-01-03,37.65,37.86,37.56,37.62,35.07\n",
                        3, null, "orcl.csv:3: expected 7 fields (Date,Open,High,Low,Close,Adj Close,Volume), got 6:"
                                + " '2014-01-03,37.65,37.86,37.56,37.62,35.07'"),
                bad("yahoo", CsvFormat.yahoo(), "orcl.csv", "", 1, null, "orcl.csv:1: expected a header line, got an empty file"),
                bad("yahoo", CsvFormat.yahoo(), "orcl.csv", YAHOO_HEADER, 2, null,
                        "orcl.csv:2: expected a row of bars after the header, got the end of the file"),
                // Alpha Vantage
                bad("alpha vantage", CsvFormat.alphaVantage(), "aapl.csv",
                        "timestamp,open,high,low,close,adjusted_close,volume,dividend_amount\n2020-08-28,1,2,0.5,1,1,100,0.0\n",
                        1, null, "aapl.csv:1: missing required column(s) 'split_coefficient'; found [timestamp, open, high, low,"
                                + " close, adjusted_close, volume, dividend_amount]; required ['timestamp', 'open', 'high', 'low',"
                                + " 'close', 'volume', 'adjusted_close', 'dividend_amount', 'split_coefficient']"),
                bad("alpha vantage", CsvFormat.alphaVantage(), "aapl.csv", AV_HEADER + AV_ROW
                                + "2020-08-31,127.58,131.0,126.0,129.04,128.624702503,223505733,0.0,four\n",
                        3, "split_coefficient", "aapl.csv:3: column 'split_coefficient': expected a number, got 'four'"),
                bad("alpha vantage", CsvFormat.alphaVantage(), "aapl.csv", AV_HEADER + AV_ROW
                                + "2020-08-31,127.58,1 31.0,126.0,129.04,128.624702503,223505733,0.0,4.0\n",
                        3, "high", "aapl.csv:3: column 'high': expected a decimal number, got '1 31.0'"),
                bad("alpha vantage", CsvFormat.alphaVantage(), "aapl.csv", AV_HEADER + AV_ROW
                                + "08/31/2020,127.58,131.0,126.0,129.04,128.624702503,223505733,0.0,4.0\n",
                        3, "timestamp", "aapl.csv:3: column 'timestamp': expected a date in the pattern 'yyyy-MM-dd', got '08/31/2020'"),
                bad("alpha vantage", CsvFormat.alphaVantage(), "aapl.csv", AV_HEADER + AV_ROW
                                + "2020-08-31,127.58,131.0,126.0,129.04,128.624702503,223505733,0.0,4.0,extra\n",
                        3, null, "aapl.csv:3: expected 9 fields (timestamp,open,high,low,close,adjusted_close,volume,"
                                + "dividend_amount,split_coefficient), got 10: '2020-08-31,127.58,131.0,126.0,129.04,128.624702503,"
                                + "223505733,0.0,4.0,extra'"),
                bad("alpha vantage", CsvFormat.alphaVantage(), "aapl.csv", "\r\n\r\n", 1, null,
                        "aapl.csv:1: expected a header line, got an empty file"),
                bad("alpha vantage", CsvFormat.alphaVantage(), "aapl.csv", AV_HEADER.replace("\n", "\r\n") + "\r\n", 3, null,
                        "aapl.csv:3: expected a row of bars after the header, got the end of the file"),
                // Generic
                bad("generic", CsvFormat.ohlcv(), "bars.csv", "time,open,high,low,close,volume\n2021-03-01 09:30:00,1,2,0.5,1,100\n",
                        1, null, "bars.csv:1: missing required column(s) 'timestamp'; found [time, open, high, low, close, volume];"
                                + " required ['timestamp', 'open', 'high', 'low', 'close', 'volume']"),
                bad("generic", CsvFormat.ohlcv(), "bars.csv", GENERIC_HEADER + GENERIC_ROW + "2021-03-01 09:31:00,10.6,,10.5,10.7,900\n",
                        3, "high", "bars.csv:3: column 'high': expected a decimal number, got ''"),
                bad("generic", CsvFormat.ohlcv(), "bars.csv", GENERIC_HEADER + GENERIC_ROW + "2021-03-01T09:31:00,10.6,10.8,10.5,10.7,900\n",
                        3, "timestamp", "bars.csv:3: column 'timestamp': expected a timestamp in the pattern 'yyyy-MM-dd HH:mm:ss',"
                                + " got '2021-03-01T09:31:00'"),
                bad("generic", CsvFormat.ohlcv(), "bars.csv", GENERIC_HEADER + GENERIC_ROW + "2021-03-01 25:31:00,10.6,10.8,10.5,10.7,900\n",
                        3, "timestamp", "bars.csv:3: column 'timestamp': expected a timestamp in the pattern 'yyyy-MM-dd HH:mm:ss',"
                                + " got '2021-03-01 25:31:00'"),
                bad("generic", CsvFormat.ohlcv(), "bars.csv", GENERIC_HEADER + GENERIC_ROW + "2021-03-01 09:31:00;10.6;10.8;10.5;10.7;900\n",
                        3, null, "bars.csv:3: expected 6 fields (timestamp,open,high,low,close,volume), got 1:"
                                + " '2021-03-01 09:31:00;10.6;10.8;10.5;10.7;900'"),
                bad("generic", CsvFormat.ohlcv(), "bars.csv", "  \n", 1, null, "bars.csv:1: expected a header line, got an empty file"),
                bad("generic", CsvFormat.ohlcv(), "bars.csv", GENERIC_HEADER + "\n", 3, null,
                        "bars.csv:3: expected a row of bars after the header, got the end of the file"),
                bad("generic", CsvFormat.ohlcv().withHeader(false), "bars.csv", "", 1, null,
                        "bars.csv:1: expected a row of bars, got an empty file"));
    }

    private static Arguments bad(String importer, CsvFormat format, String file, String content, int line, String column,
                                 String message) {
        return Arguments.of(importer, format, file, content, line, column, message);
    }

    @ParameterizedTest(name = "{0}: {6}")
    @MethodSource("badInputs")
    void reportsBadInput(String importer, CsvFormat format, String file, String content, int line, String column,
                         String message) throws IOException {
        Path path = Files.writeString(dir.resolve(file), content);

        DataFormatException e = catchThrowableOfType(DataFormatException.class,
                () -> CsvBarImporter.read(path, format, LoadOptions.defaults()));

        assertThat(e).hasMessage(message);
        assertThat(e.source()).isEqualTo(file);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
    }
}
