package wave.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSpec;

class SyntheticMarketConfigTest {
    private static final List<InstrumentId> THREE = List.of(InstrumentId.of("A"), InstrumentId.of("B"), InstrumentId.of("C"));
    private static final SyntheticMarketConfig BASE = SyntheticMarketConfig.defaults(1, THREE, 100, BarSpec.DAY_1);

    @Test
    void defaultsScaleWithTheBarLength() {
        SyntheticMarketConfig minute = SyntheticMarketConfig.defaults(1, THREE, 100, BarSpec.MINUTE_1);

        assertThat(Math.sqrt(BASE.garch().unconditionalVariance())).isCloseTo(0.012, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Math.sqrt(minute.garch().unconditionalVariance())).isCloseTo(0.012 / Math.sqrt(1440), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(minute.meanVolume()).isCloseTo(1_000_000 / 1440.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(BASE.correlation()[0][1]).isEqualTo(0.3);
        assertThat(BASE.tickRaw()).isEqualTo(10_000_000L);
    }

    @Test
    void equalConfigurationsAreEqual() {
        assertThat(SyntheticMarketConfig.defaults(1, THREE, 100, BarSpec.DAY_1)).isEqualTo(BASE).hasSameHashCodeAs(BASE);
        assertThat(BASE.withSeed(2)).isNotEqualTo(BASE);
    }

    @Test
    void copiesArraysInAndOut() {
        double[] prices = {1, 2, 3};
        SyntheticMarketConfig config = BASE.withStartPrices(prices);
        prices[0] = 99;
        config.startPrices()[1] = 99;

        assertThat(config.startPrices()).containsExactly(1, 2, 3);
    }

    @Test
    void rejectsInvalidSettings() {
        assertThatThrownBy(() -> BASE.withCorrelation(-0.6)).hasMessageContaining("not positive definite");
        assertThatThrownBy(() -> BASE.withCorrelation(new double[][] {{1, 0.2, 0}, {0.3, 1, 0}, {0, 0, 1}}))
                .hasMessageContaining("symmetric");
        assertThatThrownBy(() -> BASE.withCorrelation(new double[][] {{1, 0}, {0, 1}})).hasMessageContaining("3 x 3");
        assertThatThrownBy(() -> BASE.withStartPrices(1, 0, 3)).hasMessageContaining("positive start prices");
        assertThatThrownBy(() -> BASE.withBars(0)).hasMessageContaining("bars must be >= 1");
        assertThatThrownBy(() -> BASE.withTickRaw(0)).hasMessageContaining("tick must be > 0");
        assertThatThrownBy(() -> BASE.withMeanVolume(-1)).hasMessageContaining("mean volume");
        assertThatThrownBy(() -> SyntheticMarketConfig.defaults(1, List.of(InstrumentId.of("A"), InstrumentId.of("A")), 10, BarSpec.DAY_1))
                .hasMessageContaining("no duplicates");
        assertThatThrownBy(() -> new GarchParams(1e-6, 0.2, 0.8)).hasMessageContaining("alpha + beta < 1");
        assertThatThrownBy(() -> new GarchParams(0, 0.1, 0.8)).hasMessageContaining("omega must be > 0");
        assertThatThrownBy(() -> new JumpParams(1.5, 0, 0.1)).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> new RegimeBehaviour(0, 1, 1)).hasMessageContaining("mean reversion");
        assertThatThrownBy(() -> new RegimeParams(new double[][] {{0.5, 0.4, 0}, {0, 1, 0}, {0, 0, 1}},
                RegimeParams.none().behaviours(), Regime.VOLATILE)).hasMessageContaining("sums to 0.9");
        assertThatThrownBy(() -> new RegimeParams(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
                Map.of(Regime.TRENDING, RegimeBehaviour.NEUTRAL), Regime.TRENDING)).hasMessageContaining("no behaviour for regime");
    }
}
