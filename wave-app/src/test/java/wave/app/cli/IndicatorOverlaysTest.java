package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.app.report.html.InstrumentPrices;

/** The report's price charts get the run's strategy indicators on the price scale. */
class IndicatorOverlaysTest {
    static final InstrumentPrices PRICES = new InstrumentPrices("ACME.SIM", new long[] {1, 2, 3, 4, 5},
            new double[] {1, 2, 3, 4, 5});

    @Test
    void smaCrossDrawsItsTwoAveragesWithGapsBeforeTheyAreReady() {
        List<InstrumentPrices> out = IndicatorOverlays.add(List.of(PRICES), "sma-cross", Map.of("fast", "2", "slow", "3"),
                StrategyCatalog.bundled());

        List<InstrumentPrices.Overlay> overlays = out.getFirst().overlays();
        assertThat(overlays).extracting(InstrumentPrices.Overlay::name).containsExactly("Sma.value", "Sma#2.value");
        assertThat(overlays.get(0).values()).containsExactly(Double.NaN, 1.5, 2.5, 3.5, 4.5);
        assertThat(overlays.get(1).values()).containsExactly(Double.NaN, Double.NaN, 2.0, 3.0, 4.0);
    }

    @Test
    void oscillatorsAndUnknownOrPortfolioStrategiesAddNothing() {
        // RSI lives on 0..100, not on the price scale
        assertThat(IndicatorOverlays.add(List.of(PRICES), "rsi-reversion", Map.of("period", "2"), StrategyCatalog.bundled())
                .getFirst().overlays()).isEmpty();
        assertThat(IndicatorOverlays.add(List.of(PRICES), "no-such-strategy", Map.of(), StrategyCatalog.bundled()))
                .containsExactly(PRICES);
        assertThat(IndicatorOverlays.add(List.of(PRICES), "equal-weight-monthly", Map.of(), StrategyCatalog.bundled()))
                .containsExactly(PRICES);
    }
}
