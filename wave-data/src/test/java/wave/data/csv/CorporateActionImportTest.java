package wave.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;

/** Alpha Vantage files: raw closes carry the file's splits and dividends, adjusted closes carry none. */
class CorporateActionImportTest {
    private static final byte[] FILE = """
            timestamp,open,high,low,close,adjusted_close,volume,dividend_amount,split_coefficient
            2020-08-27,508.57,509.94,495.33,500.04,124.607672504,38888096,0.0,1.0
            2020-08-28,504.05,505.77,498.31,499.23,124.405824223,46907479,0.0,1.0
            2020-08-31,127.58,131.0,126.0,129.04,128.624702503,223505733,0.0,4.0
            2020-09-01,132.76,134.8,130.53,134.18,133.74816012,152470142,0.205,1.0
            """.getBytes(StandardCharsets.UTF_8);

    private static BarSeries load(PriceColumn column) {
        return CsvImporters.load("DA-AAPL-T-2021-04-21.csv", FILE, LoadOptions.defaults().withPriceColumn(column)).series();
    }

    @Test
    void rawClosesCarryTheActions() {
        BarSeries series = load(PriceColumn.CLOSE);
        assertThat(series.hasCorporateActions()).isTrue();
        assertThat(series.splitRatioRaw(2)).isEqualTo(FixedPoint.parseRatio("4"));
        assertThat(series.dividendRaw(3)).isEqualTo(FixedPoint.parseMoney("0.205"));
        assertThat(series.hasCorporateAction(0)).isFalse();
        assertThat(series.hasCorporateAction(1)).isFalse();
    }

    @Test
    void adjustedClosesCarryNone() {
        assertThat(load(PriceColumn.ADJ_CLOSE).hasCorporateActions()).isFalse();
    }
}
