package wave.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestResult;
import wave.indicators.Crossover;
import wave.indicators.registry.IndicatorRegistry;
import wave.spec.indicator.IndicatorCatalog;

/** Specs using the registry's indicators beyond the original seven: running on real data, fills, errors. */
class RegistryIndicatorsTest {
    private static final String STOCH_CROSS = """
            name = "stoch-cross"
            [indicators]
            stoch = { type = "stoch" }
            [entry.long]
            all = ["stoch.slowk crosses_above stoch.slowd"]
            [exit.long]
            any = ["stoch.slowk crosses_below stoch.slowd"]
            """;

    @Test
    void aSpecOfSeveralNewTypesRunsOnOrcl() {
        SpecStrategyDefinition spec = SpecRuns.toml("""
                name = "trend-momentum"
                [params]
                adx_period = { default = 14, min = 2, max = 50 }
                multiplier = { default = 3.0, min = 0.5, max = 10.0 }
                [indicators]
                adx = { type = "adx", period = "$adx_period" }
                stoch = { type = "stoch", fastk = 14, slowk = 3, slowd = 3 }
                st = { type = "supertrend", period = 10, multiplier = "$multiplier" }
                cci = { type = "cci", period = 20 }
                bb = { type = "bbands", period = 20, deviations = 2.0, source = "hlc3" }
                [entry.long]
                all = ["adx > 20", "st.direction > 0", { any = ["cci crosses_above 100", "stoch.k crosses_above stoch.d"] }]
                [exit.long]
                any = ["st.direction < 0", "close > bb.upper", "stoch.slowk crosses_below 80"]
                """);
        BarSeries orcl = SharedData.yahoo(SharedData.ORCL, "ORCL");
        BacktestResult result = SpecRuns.run(spec, orcl, "fixed:100");
        assertThat(result.failures()).isEmpty();
        assertThat(result.fills()).hasSizeGreaterThan(20);
        assertThat(result.fills().getFirst().side()).isEqualTo(OrderSide.BUY);

        BacktestResult other = SpecRuns.run(spec, orcl, "fixed:100");
        assertThat(other.fills()).isEqualTo(result.fills());
        assertThat(spec.create(Map.of("adx_period", "25", "multiplier", "1.5"))).isNotNull();
    }

    @Test
    void stochasticCrossesFillExactlyWhereTheRegistryArraysCross() {
        BarSeries orcl = SharedData.yahoo(SharedData.ORCL, "ORCL");
        double[][] lines = IndicatorRegistry.standard().bind("stoch", Map.of())
                .compute(orcl.opens(), orcl.highs(), orcl.lows(), orcl.closes(), orcl.volumes());
        byte[] signals = Crossover.signals(lines[0], lines[1]);
        List<String> expected = new ArrayList<>();
        boolean flat = true;
        for (int t = 0; t + 1 < orcl.size(); t++) {
            if (flat && signals[t] == 1 || !flat && signals[t] == -1) {
                expected.add((flat ? "B" : "S") + (t + 1));
                flat = !flat;
            }
        }
        assertThat(expected).hasSizeGreaterThan(100);

        BacktestResult result = SpecRuns.run(SpecRuns.toml(STOCH_CROSS), orcl, "fixed:100");
        assertThat(result.failures()).isEmpty();
        assertThat(barsOf(result, orcl)).isEqualTo(expected);
    }

    @Test
    void parameterReferencesAreResolvedBeforeBinding() {
        BarSeries orcl = SharedData.yahoo(SharedData.ORCL, "ORCL");
        SpecStrategyDefinition referenced = SpecRuns.toml(STOCH_CROSS.replace("[indicators]", """
                [params]
                k = { default = 14, min = 2, max = 100 }
                [indicators]""").replace("{ type = \"stoch\" }", "{ type = \"stoch\", fastk = \"$k\" }"));
        SpecStrategyDefinition literal = SpecRuns.toml(STOCH_CROSS.replace("{ type = \"stoch\" }",
                "{ type = \"stoch\", fastk = 5 }"));
        BacktestResult viaParam = new Backtest(SpecRuns.feeConfig("fixed:100"), List.of(orcl),
                "p", id -> referenced.create(Map.of("k", "5")), true).run();
        BacktestResult viaLiteral = new Backtest(SpecRuns.feeConfig("fixed:100"), List.of(orcl),
                "p", id -> literal.create(Map.of()), true).run();
        assertThat(viaParam.fills()).isNotEmpty().isEqualTo(viaLiteral.fills());
    }

    @Test
    void unknownTypeListsEveryType() {
        SpecException e = reject(STOCH_CROSS.replace("\"stoch\" }", "\"stochastic\" }"));
        assertThat(e.getMessage()).isEqualTo("test.toml: indicators.stoch.type: unknown indicator 'stochastic'; valid types: "
                + String.join(", ", IndicatorCatalog.standard().names()));
        assertThat(e.getMessage()).contains("adx, adxr", "bbands, beta, bollinger", "supertrend", "zscore");
    }

    @Test
    void unknownOutputListsTheOutputs() {
        assertThat(reject(STOCH_CROSS.replace("stoch.slowk crosses_above", "stoch.slow crosses_above")).getMessage())
                .isEqualTo("test.toml: entry.long.all[0]: indicator 'stoch' (stoch) has no output 'slow' in "
                        + "'stoch.slow crosses_above stoch.slowd'; outputs: k, d");
        assertThat(reject(STOCH_CROSS.replace("stoch.slowk crosses_above", "stoch crosses_above")).getMessage())
                .isEqualTo("test.toml: entry.long.all[0]: indicator 'stoch' (stoch) has several outputs; name one in "
                        + "'stoch crosses_above stoch.slowd': stoch.k, stoch.d");
        String ichimoku = STOCH_CROSS.replace("{ type = \"stoch\" }", "{ type = \"ichimoku\" }");
        assertThat(reject(ichimoku.replace("stoch.slowk crosses_above", "stoch.cloud crosses_above")).getMessage())
                .endsWith("has no output 'cloud' in 'stoch.cloud crosses_above stoch.slowd'; outputs: tenkan, kijun, span_a, "
                        + "span_b, leading_span_a, leading_span_b");
    }

    @Test
    void badParametersNameTheKeyPath() {
        String supertrend = """
                [params]
                p = { default = 10, min = 0, max = 50 }
                x = { default = 2.5 }
                [indicators]
                st = { type = "supertrend", period = 10, multiplier = 3.0 }
                [entry.long]
                all = ["st.direction > 0"]
                """;
        assertThat(reject(supertrend.replace("period = 10,", "period = \"abc\",")).getMessage())
                .startsWith("test.toml: indicators.st.period: expected an integer, got \"abc\"");
        assertThat(reject(supertrend.replace("period = 10,", "period = 2.5,")).getMessage())
                .isEqualTo("test.toml: indicators.st.period: expected an integer, got 2.5");
        assertThat(reject(supertrend.replace("period = 10,", "period = \"$x\",")).getMessage())
                .startsWith("test.toml: indicators.st.period: expected an integer, but parameter '$x' is a number");
        assertThat(reject(supertrend.replace("multiplier = 3.0", "multiplier = \"three\"")).getMessage())
                .startsWith("test.toml: indicators.st.multiplier: expected a number, got \"three\"");
        assertThat(reject(supertrend.replace("multiplier = 3.0", "multiplier = 0")).getMessage())
                .isEqualTo("test.toml: indicators.st.multiplier: 0 is out of range (0.0, inf)");
        assertThat(reject(supertrend.replace("period = 10,", "period = 0,")).getMessage())
                .isEqualTo("test.toml: indicators.st.period: 0 is out of range [1, 100000]");
        assertThat(reject(supertrend.replace("period = 10,", "field = \"high\",")).getMessage())
                .isEqualTo("test.toml: indicators.st.field: unknown parameter 'field' of indicator type 'supertrend'; "
                        + "valid parameters: period, multiplier");
        assertThat(reject(supertrend.replace("type = \"supertrend\", period = 10, multiplier = 3.0",
                "type = \"ppo\", matype = \"hull\"")).getMessage())
                .isEqualTo("test.toml: indicators.st.matype: expected one of sma, ema, wma, dema, tema, trima, kama, t3, got \"hull\"");

        SpecStrategyDefinition ranged = SpecRuns.toml(supertrend.replace("period = 10,", "period = \"$p\","));
        assertThatThrownBy(() -> ranged.bind(Map.of("p", "0"))).isInstanceOf(SpecException.class)
                .hasMessage("test: indicators.st.period: $p = 0 is out of range [1, 100000]");
        assertThat(ranged.bind(Map.of("p", "1")).get("p")).isEqualTo(1.0);
    }

    private static SpecException reject(String toml) {
        Throwable thrown = catchThrowable(() -> SpecRuns.toml(toml));
        assertThat(thrown).isInstanceOf(SpecException.class);
        return (SpecException) thrown;
    }

    /** The fills as {@code B17} / {@code S42}: side and the index of the bar they filled on. */
    private static List<String> barsOf(BacktestResult result, BarSeries data) {
        long[] timestamps = data.timestamps();
        List<String> out = new ArrayList<>();
        for (OrderFilled fill : result.fills()) {
            out.add((fill.side() == OrderSide.BUY ? "B" : "S") + Arrays.binarySearch(timestamps, fill.tsNanos()));
        }
        return out;
    }
}
