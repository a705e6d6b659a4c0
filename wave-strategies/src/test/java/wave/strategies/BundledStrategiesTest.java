package wave.strategies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.engine.strategy.ParamSpec;
import wave.engine.strategy.StrategyDefinition;

/** The catalog: names, descriptions, defaults, and error messages that name the parameter and the valid choices. */
class BundledStrategiesTest {
    @Test
    void namesInDisplayOrder() {
        assertThat(BundledStrategies.names()).containsExactly("buy-and-hold", "sma-cross", "ema-cross", "rsi-reversion",
                "bollinger-reversion", "donchian-breakout", "macd-trend", "sma-cross-ls", "ema-cross-ls", "rsi-reversion-ls",
                "macd-trend-ls");
        assertThat(BundledStrategies.find("macd-trend")).get().extracting(StrategyDefinition::name).isEqualTo("macd-trend");
        assertThat(BundledStrategies.find("nope")).isEmpty();
    }

    @Test
    void everyDefinitionHasADescriptionAndBindsItsDefaults() {
        for (StrategyDefinition<?> definition : BundledStrategies.all()) {
            assertThat(definition.description()).as(definition.name()).isNotBlank().doesNotContain("\n");
            for (ParamSpec spec : definition.params()) {
                assertThat(spec.defaultValue()).as(definition.name() + "." + spec.name()).isNotNull();
                assertThat(spec.hasRange()).as(definition.name() + "." + spec.name()).isTrue();
                assertThat(spec.description()).as(definition.name() + "." + spec.name()).isNotBlank();
            }
            assertCreatesWithDefaults(definition);
        }
    }

    private static <P extends Record> void assertCreatesWithDefaults(StrategyDefinition<P> definition) {
        P defaults = definition.defaults();
        assertThat(definition.create(defaults).params()).isEqualTo(defaults);
        assertThat(definition.create(Map.of()).params()).isEqualTo(defaults);
    }

    @Test
    void defaultValues() {
        assertThat(Backtests.definition("buy-and-hold").defaults()).isEqualTo(new BuyAndHold.Params());
        assertThat(Backtests.definition("sma-cross").defaults()).isEqualTo(new SmaCross.Params(10, 30));
        assertThat(Backtests.definition("ema-cross").defaults()).isEqualTo(new EmaCross.Params(12, 26));
        assertThat(Backtests.definition("rsi-reversion").defaults()).isEqualTo(new RsiReversion.Params(14, 30, 70));
        assertThat(Backtests.definition("bollinger-reversion").defaults()).isEqualTo(new BollingerReversion.Params(20, 2.0));
        assertThat(Backtests.definition("donchian-breakout").defaults()).isEqualTo(new DonchianBreakout.Params(20, 10));
        assertThat(Backtests.definition("macd-trend").defaults()).isEqualTo(new MacdTrend.Params(12, 26, 9));
    }

    @Test
    void bindsGivenValuesAndKeepsDefaultsForTheRest() {
        assertThat(Backtests.definition("rsi-reversion").bind(Map.of("lower", "25", "upper", "80")))
                .isEqualTo(new RsiReversion.Params(14, 25, 80));
        assertThat(Backtests.definition("donchian-breakout").bind(Map.of("entry", "55")))
                .isEqualTo(new DonchianBreakout.Params(55, 10));
    }

    @Test
    void unknownParameterNamesTheValidOnes() {
        assertThatThrownBy(() -> Backtests.definition("sma-cross").bind(Map.of("x", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sma-cross: unknown parameter 'x'; valid parameters: fast, slow");
        assertThatThrownBy(() -> Backtests.definition("macd-trend").bind(Map.of("period", "1")))
                .hasMessage("macd-trend: unknown parameter 'period'; valid parameters: fast, slow, signal");
        assertThatThrownBy(() -> Backtests.definition("buy-and-hold").bind(Map.of("fast", "1")))
                .hasMessage("buy-and-hold: unknown parameter 'fast'; valid parameters: (none)");
    }

    @Test
    void outOfRangeNamesTheRange() {
        assertThatThrownBy(() -> Backtests.definition("sma-cross").bind(Map.of("fast", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sma-cross: parameter 'fast' = 1 is out of range [2, 200]");
        assertThatThrownBy(() -> Backtests.definition("rsi-reversion").bind(Map.of("upper", "101")))
                .hasMessage("rsi-reversion: parameter 'upper' = 101 is out of range [0.0, 100.0]");
        assertThatThrownBy(() -> Backtests.definition("donchian-breakout").bind(Map.of("exit", "1")))
                .hasMessage("donchian-breakout: parameter 'exit' = 1 is out of range [2, 500]");
    }

    @Test
    void badTypesAndCrossFieldRulesAreExplained() {
        assertThatThrownBy(() -> Backtests.definition("ema-cross").bind(Map.of("fast", "ten")))
                .hasMessage("ema-cross: parameter 'fast' expects an integer, got 'ten'");
        assertThatThrownBy(() -> Backtests.definition("ema-cross").bind(Map.of("fast", "30")))
                .hasMessage("ema-cross: fast (30) must be < slow (26)");
        assertThatThrownBy(() -> Backtests.definition("rsi-reversion").bind(Map.of("lower", "70")))
                .hasMessage("rsi-reversion: lower (70.0) must be < upper (70.0)");
        assertThatThrownBy(() -> Backtests.definition("macd-trend").bind(Map.of("fast", "26")))
                .hasMessage("macd-trend: fast (26) must be < slow (26)");
        assertThatThrownBy(() -> Backtests.definition("bollinger-reversion").bind(Map.of("k", "x")))
                .hasMessage("bollinger-reversion: parameter 'k' expects a number, got 'x'");
    }
}
