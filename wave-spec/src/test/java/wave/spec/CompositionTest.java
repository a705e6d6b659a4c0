package wave.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static wave.spec.SpecRuns.closes;
import static wave.spec.SpecRuns.run;
import static wave.spec.SpecRuns.toml;
import static wave.spec.SpecRuns.trades;

import java.util.Map;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.indicators.registry.IndicatorRegistry;

/** Indicators reading another indicator's output ({@code of = "rsi"}). */
class CompositionTest {

    /** The values of one output over closes (open = high = low = close), through the spec's compiled indicators. */
    private static double[] values(SpecStrategyDefinition definition, String indicator, String output, double... closes) {
        SpecCompiler.Compiled compiled = new SpecCompiler(definition.spec(), definition.defaults(), "test").compile();
        DoubleSupplier reader = compiled.indicators().get(indicator).outputs().get(output);
        double[] out = new double[closes.length];
        for (int i = 0; i < closes.length; i++) {
            compiled.engine().update(closes[i], closes[i], closes[i], closes[i], 1000);
            out[i] = reader.getAsDouble();
        }
        return out;
    }

    @Test
    void emaOfMomentumByHand() {
        SpecStrategyDefinition spec = toml("""
                [indicators]
                change = { type = "mom", period = 1 }
                smooth = { type = "ema", period = 2, of = "change" }
                [entry.long]
                all = ["smooth > 1.4"]
                """);
        // changes: -, 1, 2, -1, 2; EMA(2) seeded with the mean of its first 2 inputs: 1.5 on bar 2, then
        // alpha 2/3: 1.5 + 2/3 x (-1 - 1.5) = -1/6 on bar 3, -1/6 + 2/3 x (2 + 1/6) = 23/18 on bar 4
        double[] smooth = values(spec, "smooth", "ema", 10, 11, 13, 12, 14);
        assertThat(smooth[0]).isNaN();
        assertThat(smooth[1]).isNaN();
        assertThat(smooth[2]).isCloseTo(1.5, within(1e-12));
        assertThat(smooth[3]).isCloseTo(-1.0 / 6, within(1e-12));
        assertThat(smooth[4]).isCloseTo(23.0 / 18, within(1e-12));
        // the rule reads it: 1.5 > 1.4 on bar 2, filled at bar 3
        BarSeries data = closes(10, 11, 13, 12, 14);
        assertThat(trades(run(spec, data, "fixed:1"), data)).containsExactly("B3");
    }

    @Test
    void emaOfRsiEqualsTheRegistryComposition() {
        SpecStrategyDefinition spec = toml("""
                [indicators]
                rsi = { type = "rsi", period = 14 }
                rsi_ema = { type = "ema", period = 5, of = "rsi" }
                twice = { type = "sma", period = 3, of = "rsi_ema" }
                m = { type = "macd" }
                hist_ema = { type = "ema", period = 9, of = "m.histogram" }
                [entry.long]
                all = ["rsi_ema crosses_above 50"]
                """);
        double[] closes = new double[120];
        for (int i = 0; i < closes.length; i++) {
            closes[i] = 100 + 10 * Math.sin(i / 7.0) + (i % 5) * 0.3;
        }
        IndicatorRegistry registry = IndicatorRegistry.standard();
        double[] rsiEma = registry.compose("ema", Map.of("period", "5"), "rsi", Map.of("period", "14")).computeSeries(closes)[0];
        double[] twice = registry.compose("sma", Map.of("period", "3"),
                registry.compose("ema", Map.of("period", "5"), "rsi", Map.of("period", "14")), "ema").computeSeries(closes)[0];
        double[] histEma = registry.compose("ema", Map.of("period", "9"), "macd:hist", Map.of()).computeSeries(closes)[0];
        assertThat(values(spec, "rsi_ema", "ema", closes)).containsExactly(rsiEma);
        assertThat(values(spec, "twice", "sma", closes)).containsExactly(twice);
        assertThat(values(spec, "hist_ema", "ema", closes)).containsExactly(histEma);
        // RSI(14) from bar 14, its EMA(5) from bar 14 + 4
        assertThat(Double.isNaN(rsiEma[17]) && !Double.isNaN(rsiEma[18])).isTrue();
    }
}
