package wave.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import wave.domain.money.FixedPointOverflowException;

/**
 * Values beyond the 9-decimal fixed-point range (about 9.2 billion) are errors naming the file, line and value, never
 * "not a number" and never a saturated price.
 */
class RangeErrorsTest {
    private static final String YAHOO_HEADER = "Date,Open,High,Low,Close,Adj Close,Volume\n";
    private static final String AV_HEADER = "timestamp,open,high,low,close,adjusted_close,volume,dividend_amount,split_coefficient\n";

    private static ImportResult load(String source, String content, PriceColumn column) {
        return CsvImporters.load(source, content.getBytes(StandardCharsets.UTF_8), LoadOptions.defaults().withPriceColumn(column));
    }

    @Test
    void aPriceAboveTheRangeIsNamedAsSuch() {
        assertThatThrownBy(() -> load("big.csv", YAHOO_HEADER + "2014-01-02,1,2,0.5,10000000000,1,100\n", PriceColumn.CLOSE))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("big.csv:2: column 'Close': expected a decimal number within the range Wave holds exactly "
                        + "(at most 9223372036.854775807 in absolute value), got '10000000000'");
        assertThatThrownBy(() -> load("big.csv", YAHOO_HEADER + "2014-01-02,-1e10,2,0.5,1,1,100\n", PriceColumn.CLOSE))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("big.csv:2: column 'Open': expected a decimal number within the range Wave holds exactly "
                        + "(at most 9223372036.854775807 in absolute value), got '-1e10'");
        // the largest value itself is read exactly
        assertThat(load("max.csv", YAHOO_HEADER + "2014-01-02,1,9223372036.854775807,0.5,1,1,100\n", PriceColumn.CLOSE)
                .series().highRaw(0)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void anAdjustedPriceAboveTheRangeNamesTheLineAndTheFactor() {
        assertThatThrownBy(() -> load("adj.csv", YAHOO_HEADER + "2014-01-02,2,2,0.5,1,9000000000,100\n", PriceColumn.ADJ_CLOSE))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("adj.csv:2: adjusted open 2 x adjusted close 9000000000 / close 1 is above the largest price "
                        + "Wave holds exactly (9223372036.854775807)" + FixedPointOverflowException.WIDE_RANGE_HINT);
    }

    @Test
    void aDividendAboveTheRangeNamesTheInstrumentAndTheDay() {
        assertThatThrownBy(() -> load("AAPL.csv", AV_HEADER + "2020-09-01,132.76,134.8,130.53,134.18,133.7,152470142,1e10,1.0\n",
                PriceColumn.CLOSE))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessage("corporate action of AAPL.SIM on 2020-09-01T00:00:00Z: 1.0E10 is above the largest price Wave "
                        + "holds exactly (9223372036.854775807)" + FixedPointOverflowException.WIDE_RANGE_HINT);
    }
}
