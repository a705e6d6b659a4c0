package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.domain.order.OrderSide.BUY;

import org.junit.jupiter.api.Test;
import wave.engine.backtest.BacktestConfig;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.EventText;
import wave.engine.testkit.ScriptedStrategy;

/**
 * A stop-limit that the bar's range triggers fills inside the bar, after what fills at the open, even when its fill
 * price equals the open: only an open through its stop makes it an open fill.
 */
class StopLimitPhaseScenarioTest {
    private static final String BARS = """
            2024-01-02 O=100 H=100.5 L=99.5 C=100
            2024-01-03 O=100 H=106   L=99   C=103
            """;

    @Test
    void anOcoLimitReachedFirstBeatsAStopLimitTriggeredInTheBarAtTheOpenPrice() {
        // limit buy 99.5 and stop-limit buy (stop 105, limit 100), one-cancels-other. Jan 3 opens at 100, below the stop:
        // both are reached inside the bar (the limit at 99.5, the stop-limit at min(105, 100) = 100, which happens to be
        // the open); the limit reached the venue first, so it fills and the stop-limit is canceled
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.link(x.limitOrder(BUY, 10, "99.5"),
                x.stopLimitOrder(BUY, 10, "105", "100")));
        Backtests.run(BacktestConfig.defaults(), Bars.table(BARS), s);

        assertThat(EventText.of(s.events)).containsExactly(
                "2024-01-02 O-1 submitted",
                "2024-01-02 O-2 submitted",
                "2024-01-03 O-1 accepted",
                "2024-01-03 O-2 accepted",
                "2024-01-03 O-1 filled BUY 10 @ 99.5",
                "2024-01-03 O-2 canceled: OCO: O-1 filled");
    }

    @Test
    void aMarketOrderFillsAtTheOpenBeforeAStopLimitTriggeredInTheBar() {
        // placed stop-limit first, then a market buy: the market order fills at the open first
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> {
            x.stopLimitOrder(BUY, 10, "105", "100");
            x.marketBuy(5);
        });
        Backtests.run(BacktestConfig.defaults(), Bars.table(BARS), s);

        assertThat(EventText.of(s.events)).containsSubsequence(
                "2024-01-03 O-2 filled BUY 5 @ 100",
                "2024-01-03 O-1 filled BUY 10 @ 100");
    }
}
