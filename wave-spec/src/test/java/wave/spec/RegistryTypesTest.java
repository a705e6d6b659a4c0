package wave.spec.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wave.indicators.registry.IndicatorDefinition;
import wave.indicators.registry.IndicatorRegistry;
import wave.indicators.registry.ParamSpec;
import wave.strategies.RollingExtreme;

/**
 * Every registry indicator is a standard type with the registry's parameters (field spelt source), defaults, ranges
 * and outputs, and streams exactly the registry's values; donchian is the registry's channel one bar late.
 */
class RegistryTypesTest {
    private static final IndicatorCatalog CATALOG = IndicatorCatalog.standard();
    private static final IndicatorRegistry REGISTRY = IndicatorRegistry.standard();
    private static final int BARS = 400;
    private static final double[][] OHLCV = randomBars(new Random(11), BARS);

    static Stream<String> typeNames() {
        return CATALOG.names().stream();
    }

    @Test
    void everyRegistryIndicatorIsATypeWithItsParametersAndOutputs() {
        for (IndicatorDefinition definition : REGISTRY.all()) {
            IndicatorType type = CATALOG.find(definition.name()).orElseThrow();
            assertThat(type.outputs()).as(definition.name()).isEqualTo(definition.outputs());
            List<ParamSpec> specs = definition.params();
            assertThat(type.params()).as(definition.name()).hasSameSizeAs(specs);
            for (int i = 0; i < specs.size(); i++) {
                ParamSpec spec = specs.get(i);
                IndicatorParam param = type.params().get(i);
                assertThat(param.name()).isEqualTo(spec.name().replace("field", "source"));
                assertThat(param.defaultValue().toString()).isEqualTo(param.defaultValue() instanceof Double
                        ? Double.toString(Double.parseDouble(spec.defaultValue())) : spec.defaultValue());
                if (param.kind() == IndicatorParam.Kind.CHOICE) {
                    assertThat(param.choices()).isEqualTo(spec.choices());
                } else {
                    assertThat(param.rangeText()).as(definition.name() + "." + spec.name()).isEqualTo(spec.rangeText());
                }
            }
            boolean single = definition.outputs().size() == 1;
            assertThat(type.defaultOutput()).as(definition.name())
                    .isEqualTo(single ? definition.outputs().getFirst() : definition.name().equals("macd") ? "macd" : null);
            if (single) {
                assertThat(type.output("value")).contains(definition.outputs().getFirst());
            }
        }
    }

    @Test
    void olderSpellingsAndTaLibLineNames() {
        IndicatorType bollinger = CATALOG.find("bollinger").orElseThrow();
        assertThat(bollinger.paramNames()).containsExactly("period", "k", "source");
        assertThat(bollinger.outputs()).containsExactly("upper", "middle", "lower");
        assertThat(CATALOG.find("stoch").orElseThrow().output("slowk")).contains("k");
        assertThat(CATALOG.find("stoch").orElseThrow().output("slowd")).contains("d");
        assertThat(CATALOG.find("stochrsi").orElseThrow().output("fastk")).contains("k");
        assertThat(CATALOG.find("stoch").orElseThrow().output("fastk")).isEmpty();
        assertThat(CATALOG.find("correl").orElseThrow().paramNames()).containsExactly("period", "source", "source2");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typeNames")
    void streamsTheRegistryValuesBarForBar(String name) {
        IndicatorType type = CATALOG.find(name).orElseThrow();
        IndicatorDefinition definition = REGISTRY.get(name.equals("bollinger") ? "bbands" : name);
        double[][] expected = definition.defaults().compute(OHLCV[0], OHLCV[1], OHLCV[2], OHLCV[3], OHLCV[4]);
        int lag = name.equals("donchian") ? 1 : 0;
        BoundIndicator bound = type.create(defaults(type));
        for (int t = 0; t < BARS; t++) {
            bound.indicator().update(OHLCV[0][t], OHLCV[1][t], OHLCV[2][t], OHLCV[3][t], OHLCV[4][t]);
            for (String output : type.outputs()) {
                double want = t < lag ? Double.NaN : expected[definition.outputIndex(output)][t - lag];
                assertThat(Double.valueOf(bound.outputs().get(output).getAsDouble())).as("%s.%s at bar %d", name, output, t)
                        .isEqualTo(Double.valueOf(want));
            }
        }
    }

    @Test
    void donchianIsThePreviousBarsChannelAsRollingExtreme() {
        double[] highs = OHLCV[1];
        double[] lows = OHLCV[2];
        for (int period : new int[] {2, 3, 10, 55}) {
            BoundIndicator channel = CATALOG.find("donchian").orElseThrow().create(new IndicatorArgs(Map.of("period", period)));
            RollingExtreme upper = RollingExtreme.highestHigh(period);
            RollingExtreme lower = RollingExtreme.lowestLow(period);
            for (int i = 0; i < BARS; i++) {
                channel.indicator().update(OHLCV[0][i], highs[i], lows[i], OHLCV[3][i], OHLCV[4][i]);
                upper.update(OHLCV[0][i], highs[i], lows[i], OHLCV[3][i], OHLCV[4][i]);
                lower.update(OHLCV[0][i], highs[i], lows[i], OHLCV[3][i], OHLCV[4][i]);
                assertThat(channel.indicator().isReady()).isEqualTo(i >= period).isEqualTo(upper.isReady());
                if (i < period) {
                    assertThat(channel.outputs().get("upper").getAsDouble()).isNaN();
                    continue;
                }
                double max = Double.NEGATIVE_INFINITY;
                double min = Double.POSITIVE_INFINITY;
                for (int j = i - period; j < i; j++) {
                    max = Math.max(max, highs[j]);
                    min = Math.min(min, lows[j]);
                }
                assertThat(channel.outputs().get("upper").getAsDouble()).isEqualTo(max).isEqualTo(upper.value());
                assertThat(channel.outputs().get("lower").getAsDouble()).isEqualTo(min).isEqualTo(lower.value());
                assertThat(channel.outputs().get("middle").getAsDouble()).isEqualTo((max + min) / 2);
            }
            assertThat(channel.indicator().warmupPeriod()).isEqualTo(period + 1);
            channel.indicator().reset();
            assertThat(channel.indicator().isReady()).isFalse();
            assertThat(channel.outputs().get("upper").getAsDouble()).isNaN();
        }
    }

    private static IndicatorArgs defaults(IndicatorType type) {
        Map<String, Object> values = new LinkedHashMap<>();
        type.params().forEach(p -> values.put(p.name(), p.defaultValue()));
        return new IndicatorArgs(values);
    }

    /** Open, high, low, close and volume arrays of a random walk with repeated prices (ties). */
    private static double[][] randomBars(Random random, int n) {
        double[][] bars = new double[5][n];
        double price = 100;
        for (int i = 0; i < n; i++) {
            double open = price;
            price = Math.max(5, price + random.nextInt(7) - 3);
            bars[0][i] = open;
            bars[1][i] = Math.max(open, price) + random.nextInt(3);
            bars[2][i] = Math.min(open, price) - random.nextInt(3);
            bars[3][i] = price;
            bars[4][i] = 1000 + random.nextInt(9000);
        }
        return bars;
    }
}
