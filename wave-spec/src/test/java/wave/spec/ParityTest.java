package wave.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import wave.domain.market.BarSeries;
import wave.domain.order.OrderFilled;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.strategy.ParamSpec;
import wave.engine.strategy.StrategyDefinition;
import wave.strategies.BundledStrategies;

/**
 * Each bundled Java strategy and its spec twin in {@code examples/} trade identically on ORCL 1995-2014 and NVDA
 * 1999-2014: the same fills (time, side, quantity, price, fee) and the same final equity, to the raw unit, with a
 * 0.1 % fee and fixed:100 or all-in sizing, at the default parameters and at another parameter set.
 */
class ParityTest {
    private static final Path EXAMPLES = Path.of("src/main/resources/wave/spec/examples");
    private static final List<String> STRATEGIES = List.of("sma-cross", "ema-cross", "rsi-reversion", "bollinger-reversion",
            "donchian-breakout", "macd-trend", "buy-and-hold", "sma-cross-ls");
    /** A non-default parameter set per strategy (the same text goes to both definitions). */
    private static final Map<String, Map<String, String>> OTHER_PARAMS = Map.of(
            "sma-cross", Map.of("fast", "5", "slow", "50"),
            "ema-cross", Map.of("fast", "8", "slow", "40"),
            "rsi-reversion", Map.of("period", "7", "lower", "25.5", "upper", "75"),
            "bollinger-reversion", Map.of("period", "10", "k", "1.5"),
            "donchian-breakout", Map.of("entry", "55", "exit", "20"),
            "macd-trend", Map.of("fast", "8", "slow", "21", "signal", "5"),
            "buy-and-hold", Map.of(),
            "sma-cross-ls", Map.of("fast", "5", "slow", "50"));

    private static BarSeries orcl;
    private static BarSeries nvda;

    @BeforeAll
    static void load() {
        orcl = SharedData.yahoo(SharedData.ORCL, "ORCL");
        nvda = SharedData.yahoo(SharedData.NVDA, "NVDA");
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String strategy : STRATEGIES) {
            for (String data : List.of("ORCL", "NVDA")) {
                for (String sizing : List.of("fixed:100", "all-in")) {
                    out.add(Arguments.of(strategy, data, sizing, false));
                    if (!OTHER_PARAMS.get(strategy).isEmpty()) {
                        out.add(Arguments.of(strategy, data, sizing, true));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {1}, {2}, other params: {3}")
    @MethodSource("cases")
    void specTradesExactlyLikeTheJavaStrategy(String strategy, String dataName, String sizing, boolean otherParams) {
        BarSeries data = dataName.equals("ORCL") ? orcl : nvda;
        Map<String, String> params = otherParams ? OTHER_PARAMS.get(strategy) : Map.of();
        StrategyDefinition<?> java = BundledStrategies.find(strategy).orElseThrow();
        SpecStrategyDefinition spec = StrategySpecs.load(EXAMPLES.resolve(strategy + ".toml"));

        BacktestConfig config = SpecRuns.feeConfig(sizing).withAllowShort(strategy.endsWith("-ls"));
        BacktestResult expected = new Backtest(config, List.of(data), strategy, id -> java.create(params), true).run();
        BacktestResult actual = new Backtest(config, List.of(data), strategy, id -> spec.create(params), true).run();

        assertThat(actual.failures()).isEmpty();
        assertThat(expected.fills()).as("the Java strategy trades").isNotEmpty();
        assertThat(actual.fills()).hasSameSizeAs(expected.fills());
        for (int i = 0; i < expected.fills().size(); i++) {
            OrderFilled e = expected.fills().get(i);
            OrderFilled a = actual.fills().get(i);
            assertThat(a.tsNanos()).as("fill %d time", i).isEqualTo(e.tsNanos());
            assertThat(a.side()).as("fill %d side", i).isEqualTo(e.side());
            assertThat(a.quantityRaw()).as("fill %d quantity", i).isEqualTo(e.quantityRaw());
            assertThat(a.priceRaw()).as("fill %d price", i).isEqualTo(e.priceRaw());
            assertThat(a.commissionRaw()).as("fill %d fee", i).isEqualTo(e.commissionRaw());
        }
        assertThat(actual.finalEquityRaw()).isEqualTo(expected.finalEquityRaw());
        assertThat(actual.portfolio().cashRaw()).isEqualTo(expected.portfolio().cashRaw());
    }

    @Test
    void smaCrossSpecReproducesThePinnedOrclNumbers() {
        SpecStrategyDefinition spec = StrategySpecs.load(EXAMPLES.resolve("sma-cross.toml"));
        BacktestResult result = new Backtest(SpecRuns.feeConfig("fixed:100"), List.of(orcl), "sma-cross",
                id -> spec.create(Map.of()), true).run();

        assertThat(result.fills()).hasSize(195);
        assertThat(result.trades()).hasSize(97);
        assertThat(result.finalEquityRaw()).isEqualTo(102_302_332_953_700L); // as wave.strategies.SmaCrossOrclTest
    }

    @Test
    void specParametersMatchTheJavaParameters() {
        for (String strategy : STRATEGIES) {
            List<ParamSpec> java = BundledStrategies.find(strategy).orElseThrow().params();
            List<ParamSpec> spec = StrategySpecs.load(EXAMPLES.resolve(strategy + ".toml")).params();
            assertThat(spec).as(strategy).hasSameSizeAs(java);
            for (int i = 0; i < java.size(); i++) {
                ParamSpec j = java.get(i);
                ParamSpec s = spec.get(i);
                assertThat(s.name()).as(strategy).isEqualTo(j.name());
                assertThat(s.type()).as(strategy + " " + j.name()).isEqualTo(j.type());
                assertThat(Double.parseDouble(s.defaultValue())).as(strategy + " " + j.name())
                        .isEqualTo(Double.parseDouble(j.defaultValue()));
                assertThat(s.min()).as(strategy + " " + j.name()).isEqualTo(j.min());
                assertThat(s.max()).as(strategy + " " + j.name()).isEqualTo(j.max());
                assertThat(s.description()).as(strategy + " " + j.name()).isEqualTo(j.description());
            }
            assertThat(StrategySpecs.load(EXAMPLES.resolve(strategy + ".toml")).description())
                    .isEqualTo(BundledStrategies.find(strategy).orElseThrow().description());
        }
    }
}
