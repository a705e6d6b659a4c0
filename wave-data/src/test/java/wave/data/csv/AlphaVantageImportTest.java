package wave.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.data.csv.YahooImportTest.indexOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.testkit.SharedData;

class AlphaVantageImportTest {
    private static final String AAPL = "sp500_alphavantage/DA-AAPL-T-2021-04-21.csv";

    @Test
    void keepsRawPricesAndTheSplitCoefficient() throws IOException {
        ImportResult result = CsvBarImporter.read(SharedData.file(AAPL), CsvFormat.alphaVantage(), LoadOptions.defaults());
        BarSeries series = result.series();
        CorporateActions actions = result.corporateActions().orElseThrow();
        int i = indexOf(series, "2020-08-31");

        // 2020-08-28,504.05,505.77,498.31,499.23,...  and  2020-08-31,127.58,131.0,126.0,129.04,128.624702503,223505733,0.0,4.0
        assertThat(series.closeRaw(i - 1)).isEqualTo(499_230_000_000L);
        assertThat(series.openRaw(i)).isEqualTo(127_580_000_000L);
        assertThat(series.closeRaw(i)).isEqualTo(129_040_000_000L);
        assertThat(series.volume(i)).isEqualTo(223_505_733d);
        assertThat(actions.splitCoefficient(i)).isEqualTo(4.0);
        assertThat(actions.dividend(i)).isZero();
        assertThat(actions.dividend(indexOf(series, "2020-08-07"))).isEqualTo(0.82);
    }

    @Test
    void findsEveryAppleSplit() throws IOException {
        ImportResult result = CsvImporters.load(SharedData.file(AAPL), LoadOptions.defaults());
        BarSeries series = result.series();
        CorporateActions actions = result.corporateActions().orElseThrow();
        List<String> splits = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            if (actions.splitCoefficient(i) != 1.0) {
                splits.add(LocalDate.ofEpochDay(series.tsNanos(i) / 86_400_000_000_000L) + "x" + actions.splitCoefficient(i));
            }
        }

        assertThat(splits).containsExactly("2000-06-21x2.0", "2005-02-28x2.0", "2014-06-09x7.00000700001", "2020-08-31x4.0");
    }

    @Test
    void adjustedCloseModeMatchesTheAdjustedCloseColumn() throws IOException {
        Path file = SharedData.file(AAPL);
        BarSeries adjusted = CsvImporters.load(file, LoadOptions.defaults().withPriceColumn(PriceColumn.ADJ_CLOSE)).series();
        List<String> lines = Files.readAllLines(file);

        int mismatches = 0;
        for (int i = 0; i < adjusted.size(); i++) {
            String[] f = lines.get(i + 1).split(",");
            mismatches += adjusted.closeRaw(i) == FixedPoint.parsePrice(f[5]) ? 0 : 1;
        }
        assertThat(mismatches).isZero();
        // 1999-11-01,80.0,80.69,77.37,77.62,0.596878742448: open scaled by 0.596878742 / 77.62
        assertThat(adjusted.open(0)).isCloseTo(80.0 * 0.596878742 / 77.62, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(adjusted.closeRaw(0)).isEqualTo(596_878_742L);
    }
}
