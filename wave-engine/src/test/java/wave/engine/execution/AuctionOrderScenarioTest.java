package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.domain.order.OrderSide.BUY;
import static wave.domain.order.OrderSide.SELL;

import org.junit.jupiter.api.Test;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.EventText;
import wave.engine.testkit.ScriptedStrategy;

/** Market-on-open and market-on-close orders: one auction each, on the bar where they reach the venue. */
class AuctionOrderScenarioTest {
    static final String BARS = """
            2024-01-02 O=10   H=10.2 L=9.9  C=10
            2024-01-03 O=10.4 H=10.6 L=9.8  C=10.3
            2024-01-04 O=10.2 H=10.5 L=10.1 C=10.4
            """;

    @Test
    void aMarketOnOpenOrderFillsAtTheOpenOfTheBarItReaches() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketOnOpenOrder(BUY, 10));
        Backtests.run(BacktestConfig.defaults(), Bars.table(BARS), s);
        assertThat(EventText.of(s.events)).containsExactly(
                "2024-01-02 O-1 submitted",
                "2024-01-03 O-1 accepted",
                "2024-01-03 O-1 filled BUY 10 @ 10.4");
    }

    @Test
    void aMarketOnCloseOrderFillsAtTheCloseOfTheBarItReaches() {
        // Given a market-on-close buy placed on Jan 2: Jan 2's close is already past, so it takes Jan 3's
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketOnCloseOrder(BUY, 10));
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), Bars.table(BARS), s);
        assertThat(EventText.of(s.events)).containsExactly(
                "2024-01-02 O-1 submitted",
                "2024-01-03 O-1 accepted",
                "2024-01-03 O-1 filled BUY 10 @ 10.3");
        // the position is marked at the same close: no profit or loss on the fill bar
        assertThat(r.equityRaw()[1]).isEqualTo(r.initialCashRaw());
    }

    @Test
    void anAuctionOrderTakesWhatTheVolumeCapAllowsAndTheRestIsCanceled() {
        BacktestConfig capped = BacktestConfig.defaults()
                .withExecution(ExecutionConfig.defaults().withMaxVolumeParticipation(0.1));
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> {
            x.marketOnOpenOrder(BUY, 150);
            x.marketOnCloseOrder(BUY, 30);
        });
        Backtests.run(capped, Bars.table(BARS), s);
        // 100 of Jan 3's 1000 may trade: the open auction takes all of it, nothing is left for the close
        assertThat(EventText.of(s.events)).containsExactly(
                "2024-01-02 O-1 submitted",
                "2024-01-02 O-2 submitted",
                "2024-01-03 O-1 accepted",
                "2024-01-03 O-1 filled BUY 100 @ 10.4",
                "2024-01-03 O-2 accepted",
                "2024-01-03 O-1 canceled: MARKET_ON_OPEN: 50 of 150 not filled at the open",
                "2024-01-03 O-2 canceled: MARKET_ON_CLOSE: 30 of 30 not filled at the close");
    }

    @Test
    void onOneBarTheOpenComesFirstThenTheRangeThenTheClose() {
        // Given a long of 10 and, placed on Jan 2 in this order, a market-on-close sell of 10, a stop sell of 10 at 9.9
        // and a market-on-open buy of 5
        ScriptedStrategy s = new ScriptedStrategy()
                .on("2024-01-01", x -> x.marketBuy(10))
                .on("2024-01-02", x -> {
                    x.marketOnCloseOrder(SELL, 10);
                    x.stopOrder(SELL, 10, "9.9");
                    x.marketOnOpenOrder(BUY, 5);
                });
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), Bars.table("2024-01-01 O=10 H=10 L=10 C=10\n" + BARS), s);

        // Then on Jan 3 the open buys 5 (15 held), the stop sells 10 inside the bar (5 held), and at the close a sell of
        // 10 would open a short position: it is canceled (long-only account)
        assertThat(EventText.of(r.events()).stream().filter(e -> e.startsWith("2024-01-03")).toList()).containsExactly(
                "2024-01-03 O-2 accepted",
                "2024-01-03 O-3 accepted",
                "2024-01-03 O-4 accepted",
                "2024-01-03 O-4 filled BUY 5 @ 10.4",
                "2024-01-03 O-3 filled SELL 10 @ 9.9",
                "2024-01-03 O-2 canceled: sell of 10 would open a short position");
    }
}
