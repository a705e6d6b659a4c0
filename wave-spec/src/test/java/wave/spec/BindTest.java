package wave.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Run-time parameters are checked like {@link wave.engine.strategy.StrategyDefinition#bind}'s, with the same messages. */
class BindTest {
    private static final SpecStrategyDefinition SMA = StrategySpecs.example("sma-cross");

    @Test
    void missingValuesTakeTheirDefaults() {
        assertThat(SMA.bind(Map.of("fast", "5")).values()).containsExactly(Map.entry("fast", 5), Map.entry("slow", 30));
        assertThat(SMA.defaults().toString()).isEqualTo("fast=10, slow=30");
        assertThat(StrategySpecs.example("rsi-reversion").defaults().values()).containsEntry("lower", 30.0);
    }

    @Test
    void unknownParameter() {
        assertThatThrownBy(() -> SMA.bind(Map.of("fats", "5"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sma-cross: unknown parameter 'fats'; valid parameters: fast, slow");
        assertThatThrownBy(() -> StrategySpecs.example("buy-and-hold").bind(Map.of("x", "1")))
                .hasMessage("buy-and-hold: unknown parameter 'x'; valid parameters: (none)");
    }

    @Test
    void wrongType() {
        assertThatThrownBy(() -> SMA.bind(Map.of("fast", "abc")))
                .hasMessage("sma-cross: parameter 'fast' expects an integer, got 'abc'");
        assertThatThrownBy(() -> SMA.bind(Map.of("fast", "5.5")))
                .hasMessage("sma-cross: parameter 'fast' expects an integer, got '5.5'");
        assertThatThrownBy(() -> StrategySpecs.example("rsi-reversion").bind(Map.of("lower", "low")))
                .hasMessage("rsi-reversion: parameter 'lower' expects a number, got 'low'");
    }

    @Test
    void outOfRange() {
        assertThatThrownBy(() -> SMA.bind(Map.of("fast", "1")))
                .hasMessage("sma-cross: parameter 'fast' = 1 is out of range [2, 200]");
        assertThatThrownBy(() -> StrategySpecs.example("bollinger-reversion").bind(Map.of("k", "11")))
                .hasMessage("bollinger-reversion: parameter 'k' = 11 is out of range [0.1, 10.0]");
    }

    @Test
    void constraintViolated() {
        assertThatThrownBy(() -> SMA.bind(Map.of("fast", "30", "slow", "10")))
                .hasMessage("sma-cross: constraint '$fast < $slow' does not hold: fast = 30, slow = 10");
    }

    @Test
    void indicatorRejectingItsArgumentsAtRunTime() {
        SpecStrategyDefinition definition = SpecRuns.toml("""
                name = "free-macd"
                [params]
                fast = 12
                [indicators]
                m = { type = "macd", fast = "$fast" }
                [entry.long]
                all = ["m crosses_above m.signal"]
                """);
        assertThatThrownBy(() -> definition.create(Map.of("fast", "40")))
                .isInstanceOf(SpecException.class)
                .hasMessage("free-macd: indicators.m: fast must be < slow, was fast=40, slow=26 "
                        + "(macd with {fast=40, slow=26, signal=9, source=close})");
    }

    @Test
    void riskLevelsFromParameters() {
        SpecStrategyDefinition definition = SpecRuns.toml("""
                name = "stops"
                [params]
                stop = { default = 5.0, min = 0.0, max = 100.0 }
                [entry.long]
                all = ["close > 0"]
                [risk]
                stop_loss_pct = "$stop"
                """);
        assertThat(definition.create(Map.of("stop", "2.5"))).isNotNull();
        assertThatThrownBy(() -> definition.bind(Map.of("stop", "0")))
                .hasMessage("stops: risk.stop_loss_pct: expected a percentage in (0, 100), got $stop = 0.0");
    }

    @Test
    void paramsDescribeTypesDefaultsAndRanges() {
        assertThat(SMA.params()).extracting(p -> p.name() + ":" + p.typeName() + "=" + p.defaultValue() + " " + p.rangeText())
                .containsExactly("fast:int=10 [2, 200]", "slow:int=30 [3, 500]");
        assertThat(StrategySpecs.example("rsi-reversion").params())
                .extracting(p -> p.name() + ":" + p.typeName() + "=" + p.defaultValue())
                .containsExactly("period:int=14", "lower:double=30.0", "upper:double=70.0");
    }
}
