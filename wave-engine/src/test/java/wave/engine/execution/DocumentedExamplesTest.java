package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.domain.order.OrderSide.BUY;
import static wave.domain.order.OrderSide.SELL;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.order.TrailingOffset;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.order.OrderRequest;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.EventText;
import wave.engine.testkit.ScriptedStrategy;

/**
 * The worked examples of docs/backtest-assumptions.md ("bar t+1: O=10, H=11, L=9, C=10.5"), one order each, placed
 * on bar t; shorts are allowed so that sells need no position.
 */
class DocumentedExamplesTest {
    static final String BARS = """
            2024-01-02 O=10  H=10 L=10  C=10
            2024-01-03 O=10  H=11 L=9   C=10.5
            2024-01-04 O=8.8 H=9  L=8.4 C=8.6
            """;

    static Quantity ten() {
        return Quantity.of(10);
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of(OrderRequest.market(BUY, ten()), "2024-01-03 O-1 filled BUY 10 @ 10"),
                Arguments.of(OrderRequest.limit(BUY, ten(), Price.of("9.5")), "2024-01-03 O-1 filled BUY 10 @ 9.5"),
                Arguments.of(OrderRequest.limit(BUY, ten(), Price.of("10.2")), "2024-01-03 O-1 filled BUY 10 @ 10"),
                Arguments.of(OrderRequest.stop(BUY, ten(), Price.of("10.8")), "2024-01-03 O-1 filled BUY 10 @ 10.8"),
                Arguments.of(OrderRequest.stop(SELL, ten(), Price.of("10.2")), "2024-01-03 O-1 filled SELL 10 @ 10"),
                Arguments.of(OrderRequest.stopLimit(BUY, ten(), Price.of("10.8"), Price.of("11.2")),
                        "2024-01-03 O-1 filled BUY 10 @ 10.8"),
                Arguments.of(OrderRequest.marketOnOpen(BUY, ten()), "2024-01-03 O-1 filled BUY 10 @ 10"),
                Arguments.of(OrderRequest.marketOnClose(BUY, ten()), "2024-01-03 O-1 filled BUY 10 @ 10.5"),
                Arguments.of(OrderRequest.trailingStop(SELL, ten(), TrailingOffset.amount(Price.of("0.5"))),
                        "2024-01-03 O-1 filled SELL 10 @ 9.5"),
                Arguments.of(OrderRequest.trailingStop(SELL, ten(), TrailingOffset.amount(Price.of("2.5"))),
                        "2024-01-04 O-1 filled SELL 10 @ 8.5"),
                Arguments.of(OrderRequest.trailingStop(SELL, ten(), TrailingOffset.percent("5")),
                        "2024-01-03 O-1 filled SELL 10 @ 9.5"),
                Arguments.of(OrderRequest.trailingStop(BUY, ten(), TrailingOffset.amount(Price.of("0.5"))),
                        "2024-01-03 O-1 filled BUY 10 @ 10.5"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("examples")
    void workedExample(OrderRequest order, String fill) {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.place(order));
        BacktestResult r = Backtests.run(BacktestConfig.defaults().withAllowShort(true), Bars.table(BARS), s);
        assertThat(EventText.of(r.fills())).containsExactly(fill);
    }
}
