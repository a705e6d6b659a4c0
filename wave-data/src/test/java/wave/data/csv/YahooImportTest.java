package wave.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;
import wave.testkit.SharedData;

class YahooImportTest {
    @Test
    void readsOracleCloseExactly() throws IOException {
        BarSeries series = CsvBarImporter.read(SharedData.file("backtrader/orcl-1995-2014.txt"), CsvFormat.yahoo(),
                LoadOptions.defaults()).series();
        int i = indexOf(series, "2014-01-02");

        // 2014-01-02,37.779999,38.029999,37.549999,37.840000,35.166069,18162100
        assertThat(series.openRaw(i)).isEqualTo(37_779_999_000L);
        assertThat(series.highRaw(i)).isEqualTo(38_029_999_000L);
        assertThat(series.lowRaw(i)).isEqualTo(37_549_999_000L);
        assertThat(series.closeRaw(i)).isEqualTo(37_840_000_000L);
        assertThat(series.volume(i)).isEqualTo(18_162_100d);
        assertThat(series.spec()).isEqualTo(BarSpec.DAY_1);
    }

    @Test
    void readsTheLargestOracleMove() throws IOException {
        BarSeries series = CsvBarImporter.read(SharedData.file("backtrader/orcl-1995-2014.txt"), CsvFormat.yahoo(),
                LoadOptions.defaults()).series();
        int i = indexOf(series, "1999-06-16");

        assertThat(series.closeRaw(i)).isEqualTo(8_234_375_000L);
        assertThat(series.close(i) / series.close(i - 1) - 1).isCloseTo(0.311, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void adjustedCloseModeMatchesTheAdjCloseColumn() throws IOException {
        Path file = SharedData.file("backtrader/nvda-1999-2014.txt");
        BarSeries adjusted = CsvBarImporter.read(file, CsvFormat.yahoo(),
                LoadOptions.defaults().withPriceColumn(PriceColumn.ADJ_CLOSE)).series();
        List<String> lines = Files.readAllLines(file);

        assertThat(adjusted.size()).isEqualTo(lines.size() - 1);
        for (int i = 0; i < adjusted.size(); i++) {
            String[] f = lines.get(i + 1).split(",");
            BigDecimal close = new BigDecimal(f[4]);
            BigDecimal adjClose = new BigDecimal(f[5]);
            assertThat(adjusted.closeRaw(i)).as("close of %s", f[0]).isEqualTo(FixedPoint.parsePrice(f[5]));
            assertThat(adjusted.openRaw(i)).as("open of %s", f[0]).isCloseTo(scaled(f[1], adjClose, close), org.assertj.core.data.Offset.offset(1L));
            assertThat(adjusted.highRaw(i)).as("high of %s", f[0]).isCloseTo(scaled(f[2], adjClose, close), org.assertj.core.data.Offset.offset(1L));
            assertThat(adjusted.lowRaw(i)).as("low of %s", f[0]).isCloseTo(scaled(f[3], adjClose, close), org.assertj.core.data.Offset.offset(1L));
            assertThat(adjusted.volume(i)).isEqualTo(Double.parseDouble(f[6]));
        }
    }

    /** Reference: price * adjClose / close in exact decimals, rounded half-even to nine places. */
    private static long scaled(String price, BigDecimal adjClose, BigDecimal close) {
        return FixedPoint.priceFromBigDecimal(new BigDecimal(price).multiply(adjClose).divide(close, 12, RoundingMode.HALF_EVEN));
    }

    static int indexOf(BarSeries series, String date) {
        long ts = LocalDate.parse(date).toEpochDay() * 86_400_000_000_000L;
        for (int i = 0; i < series.size(); i++) {
            if (series.tsNanos(i) == ts) {
                return i;
            }
        }
        throw new AssertionError("no bar on " + date);
    }
}
