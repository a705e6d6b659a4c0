package wave.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Input that used to be read wrongly without a word: dates beyond the timestamp range, Yahoo rows without a header. */
class MisreadInputTest {
    @Test
    void aDateBeyondTheNanosecondRangeIsAnErrorNotAWrappedDate() {
        DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> load("spy.csv",
                "Date,Open,High,Low,Close,Volume\n2024-01-02,1,1,1,1,10\n9999-12-31,1,1,1,1,10\n"));

        assertThat(e.getMessage()).isEqualTo("spy.csv:3: column 'Date': expected a date from 1677-09-22 to 2262-04-10"
                + " (the range of nanosecond timestamps), got '9999-12-31'");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("Date");
    }

    @Test
    void aDateBeyondTheRangeInAnotherPatternIsAnErrorToo() {
        CsvFormat format = CsvFormat.ohlcv().withTimestamp(CsvColumn.named("timestamp"), "dd/MM/yyyy");

        DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> CsvBarImporter.read("eu.csv",
                "timestamp,open,high,low,close,volume\n31/12/1600,1,1,1,1,10\n".getBytes(StandardCharsets.US_ASCII),
                format, LoadOptions.defaults()));

        assertThat(e.getMessage()).isEqualTo("eu.csv:2: column 'timestamp': expected a date from 1677-09-22 to 2262-04-10"
                + " (the range of nanosecond timestamps), got '31/12/1600'");
    }

    @Test
    void aYahooFileWithoutItsHeaderIsNotReadByPosition() {
        DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> load("orcl.csv",
                "2014-01-02,37.78,38.03,37.55,37.84,35.17,18162100\n2014-01-03,37.65,37.86,37.56,37.62,35.07,11693900\n"));

        assertThat(e.getMessage()).isEqualTo("orcl.csv:1: no header row and 7 fields; a file without a header is read by"
                + " position as timestamp, open, high, low, close[, volume]; expected a header naming the columns"
                + " (e.g. Yahoo's Date,Open,High,Low,Close,Adj Close,Volume)");
    }

    private static ImportResult load(String name, String content) {
        return CsvImporters.load(name, content.getBytes(StandardCharsets.US_ASCII), LoadOptions.defaults());
    }
}
