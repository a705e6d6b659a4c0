package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.domain.order.OrderSide.BUY;
import static wave.domain.order.OrderSide.SELL;
import static wave.engine.testkit.Backtests.raw;

import org.junit.jupiter.api.Test;
import wave.domain.order.OrderStatus;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.backtest.StrategyFailure;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.EventText;
import wave.engine.testkit.ScriptedStrategy;

/** Modifying working orders in place: same id, an {@code OrderUpdated} event, new terms from the next bar. */
class ModifyScenarioTest {
    static final String BARS = """
            2024-01-01 O=10  H=10   L=10  C=10
            2024-01-02 O=10  H=10.2 L=9.9 C=10
            2024-01-03 O=10  H=10.2 L=9.4 C=9.8
            2024-01-04 O=9.8 H=10   L=9.3 C=9.6
            """;

    @Test
    void raisingALimitThatWasNotReachedFillsAtTheNewLimit() {
        // Given a limit buy of 10 at 9 that Jan 3 (low 9.4) does not reach
        ScriptedStrategy s = new ScriptedStrategy()
                .on("2024-01-02", x -> x.limitOrder(BUY, 10, "9"))
                .on("2024-01-03", x -> x.modifyOrder(x.ticket(0), null, "9.5", null));

        // When the strategy raises it to 9.5 on Jan 3 and Jan 4 trades down to 9.3
        Backtests.run(BacktestConfig.defaults(), Bars.table(BARS), s);

        // Then the same order fills at 9.5
        assertThat(EventText.of(s.events)).containsExactly(
                "2024-01-02 O-1 submitted",
                "2024-01-03 O-1 accepted",
                "2024-01-03 O-1 updated to 10 limit 9.5",
                "2024-01-04 O-1 filled BUY 10 @ 9.5");
        assertThat(s.ticket(0).limitPriceRaw()).isEqualTo(raw("9.5"));
    }

    @Test
    void raisingAStopLoss() {
        ScriptedStrategy s = new ScriptedStrategy()
                .on("2024-01-01", x -> x.marketBuy(10))
                .on("2024-01-02", x -> x.stopOrder(SELL, 10, "9"))
                .on("2024-01-03", x -> x.modifyOrder(x.ticket(1), null, null, "9.7"));
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), Bars.table(BARS), s);
        // Jan 3's low 9.4 is above the old stop 9 (no sale); on Jan 4 the low 9.3 reaches the new stop 9.7
        assertThat(EventText.of(s.events)).endsWith(
                "2024-01-03 O-2 updated to 10 stop 9.7",
                "2024-01-04 O-2 filled SELL 10 @ 9.7");
        assertThat(r.trades()).singleElement().extracting(t -> t.grossPnlRaw()).isEqualTo(raw("-3"));
    }

    @Test
    void shrinkingAPartlyFilledOrderLeavesOnlyTheNewRest() {
        // Given 10% of each bar's volume (100 shares) and a market buy of 250, 100 of which fill on Jan 2
        ScriptedStrategy s = new ScriptedStrategy()
                .on("2024-01-01", x -> x.marketBuy(250))
                .on("2024-01-02", x -> x.modifyOrder(x.ticket(0), 150L, null, null));
        BacktestResult r = Backtests.run(BacktestConfig.defaults()
                .withExecution(ExecutionConfig.defaults().withMaxVolumeParticipation(0.1)), Bars.table(BARS), s);
        // Then the order, cut to 150 in total, fills its last 50 on Jan 3
        assertThat(EventText.of(s.events)).containsExactly(
                "2024-01-01 O-1 submitted",
                "2024-01-02 O-1 accepted",
                "2024-01-02 O-1 filled BUY 100 @ 10",
                "2024-01-02 O-1 updated to 150",
                "2024-01-03 O-1 filled BUY 50 @ 10");
        assertThat(s.ticket(0).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(r.portfolio().position(Bars.ACME).quantityRaw()).isEqualTo(raw("150"));
    }

    @Test
    void modifyingAnOrderThatEndedDoesNothing() {
        ScriptedStrategy s = new ScriptedStrategy()
                .on("2024-01-01", x -> x.marketBuy(10))
                .on("2024-01-02", x -> x.modifyOrder(x.ticket(0), 20L, null, null));
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), Bars.table(BARS), s);
        assertThat(EventText.of(s.events)).containsExactly(
                "2024-01-01 O-1 submitted",
                "2024-01-02 O-1 accepted",
                "2024-01-02 O-1 filled BUY 10 @ 10");
        assertThat(r.failures()).isEmpty();
    }

    @Test
    void invalidModificationsAreStrategyErrorsAndChangeNothing() {
        // each one throws out of the strategy's onBar, so they are placed on separate bars
        ScriptedStrategy s = new ScriptedStrategy()
                .on("2024-01-01", x -> x.modifyOrder(x.marketBuy(10), null, "9", null))
                .on("2024-01-02", x -> x.modifyOrder(x.marketBuyAllIn(), null, null, null))
                .on("2024-01-03", x -> x.modifyOrder(x.limitOrder(BUY, 10, "9"), 0L, null, null));
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), Bars.table(BARS), s);
        assertThat(r.failures()).extracting(StrategyFailure::callback, f -> f.error().getMessage()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("onBar", "O-1: MARKET order takes no limit price"),
                org.assertj.core.groups.Tuple.tuple("onBar", "O-2 has no quantity yet (it is sized at the fill price or by "
                        + "its bracket's entry); cancel it and place a new order instead"),
                org.assertj.core.groups.Tuple.tuple("onBar", "O-3: quantity must be > 0, got 0"));
        assertThat(s.ticket(0).order().limitPriceRaw()).isZero();
        assertThat(s.ticket(0).status()).isEqualTo(OrderStatus.FILLED);
    }
}
