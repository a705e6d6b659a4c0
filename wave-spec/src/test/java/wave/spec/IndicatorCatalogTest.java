package wave.spec.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.config.DocumentFormat;
import wave.indicators.BarIndicator;
import wave.indicators.registry.IndicatorRegistry;
import wave.spec.SpecStrategyDefinition;
import wave.spec.StrategySpecs;

/** The catalog lists its types with parameters and outputs, and takes new types without touching this module. */
class IndicatorCatalogTest {
    @Test
    void standardTypes() {
        IndicatorCatalog catalog = IndicatorCatalog.standard();
        assertThat(catalog.names()).contains("atr", "bollinger", "donchian", "ema", "macd", "rsi", "sma")
                .containsAll(IndicatorRegistry.standard().names()).hasSize(IndicatorRegistry.standard().names().size() + 1);
        IndicatorType macd = catalog.find("macd").orElseThrow();
        assertThat(macd.paramNames()).containsExactly("fast", "slow", "signal", "source");
        assertThat(macd.outputs()).containsExactly("macd", "signal", "hist");
        assertThat(macd.output("histogram")).contains("hist");
        assertThat(macd.defaultOutput()).isEqualTo("macd");
        assertThat(macd.param("fast").orElseThrow().defaultValue()).isEqualTo(12);
        assertThat(catalog.find("bollinger").orElseThrow().defaultOutput()).isNull();
        assertThat(catalog.find("bollinger").orElseThrow().param("k").orElseThrow().kind()).isEqualTo(IndicatorParam.Kind.NUMBER);
    }

    @Test
    void aRegisteredTypeIsUsableInSpecs() {
        IndicatorType constant = new IndicatorType("constant", "always the same value",
                List.of(IndicatorParam.number("level", 1.0, "the value")), List.of("value"), "value", args -> {
                    double level = args.number("level");
                    return BoundIndicator.single(new AlwaysReady(), "value", () -> level);
                });
        IndicatorCatalog catalog = IndicatorCatalog.standard().with(constant);
        SpecStrategyDefinition definition = StrategySpecs.parse("""
                [indicators]
                floor = { type = "constant", level = 5 }
                [entry.long]
                all = ["close > floor"]
                """, "custom.toml", DocumentFormat.TOML, catalog);
        assertThat(definition.spec().indicators().get(0).type()).isSameAs(constant);
        assertThat(definition.create(Map.of())).isNotNull();
        assertThat(IndicatorCatalog.standard().find("constant")).isEmpty();
        assertThatThrownBy(() -> catalog.with(constant)).hasMessage("indicator type 'constant' is already registered");
    }

    @Test
    void typesAreChecked() {
        assertThatThrownBy(() -> new IndicatorType("Bad Name", "", List.of(), List.of("value"), null, a -> null))
                .hasMessageContaining("indicator type name must match");
        assertThatThrownBy(() -> new IndicatorType("x", "", List.of(), List.of("a"), "b", a -> null))
                .hasMessageContaining("default output b is not one of [a]");
    }

    private static final class AlwaysReady implements BarIndicator {
        @Override
        public void update(double open, double high, double low, double close, double volume) {
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public int warmupPeriod() {
            return 1;
        }

        @Override
        public void reset() {
        }
    }
}
