package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.engine.testkit.Backtests.raw;
import static wave.engine.testkit.Bars.ACME;
import static wave.engine.testkit.Bars.ts;

import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderAccepted;
import wave.domain.order.OrderCanceled;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.domain.order.OrderSubmitted;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;

class MarketOrderScenarioTest {
    static final BarSeries THREE_DAYS = Bars.table("""
            2024-01-02 O=10   H=11   L=9    C=10.5
            2024-01-03 O=10.8 H=11.2 L=10.1 C=11
            2024-01-04 O=11   H=11.5 L=10.5 C=11.2
            """);

    @Test
    void marketBuyOnBarTFillsAtTheOpenOfBarTPlusOneNotAtTheCloseOfBarT() {
        // Given three daily bars, When the strategy buys 10 at market on Jan 2 (close 10.5)
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(10));
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), THREE_DAYS, s);

        // Then it fills on Jan 3 at that bar's open, 10.8 (never at Jan 2's close 10.5)
        assertThat(r.fills()).containsExactly(new OrderFilled(new ClientOrderId(1), ts("2024-01-03"), ACME, OrderSide.BUY,
                raw("10"), raw("10.8"), 0, Currency.USD));
        assertThat(r.cashRaw()).containsExactly(raw("100000"), raw("99892"), raw("99892"));
        // equity = cash + 10 x close
        assertThat(r.equityRaw()).containsExactly(raw("100000"), raw("100002"), raw("100004"));
        assertThat(s.ticket(0).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(s.ticket(0).order().averageFillPrice().raw()).isEqualTo(raw("10.8"));
    }

    @Test
    void theStrategyIsStillFlatOnTheBarItOrderedOnAndHoldsThePositionOnTheNextBar() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(10));
        Backtests.run(BacktestConfig.defaults(), THREE_DAYS, s);

        assertThat(s.positionAtBar).containsExactly(0L, raw("10"), raw("10"));
        assertThat(s.fills).hasSize(1);
    }

    @Test
    void eventsOfAFixedSizeMarketOrderAreSubmittedOnBarTThenAcceptedAndFilledOnBarTPlusOne() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(10));
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), THREE_DAYS, s);

        ClientOrderId id = new ClientOrderId(1);
        var expected = new wave.domain.order.OrderEvent[] {
                new OrderSubmitted(id, ts("2024-01-02")),
                new OrderAccepted(id, ts("2024-01-03")),
                new OrderFilled(id, ts("2024-01-03"), ACME, OrderSide.BUY, raw("10"), raw("10.8"), 0, Currency.USD)};
        assertThat(r.events()).containsExactly(expected);
        assertThat(s.events).containsExactly(expected); // the strategy hears the same, in the same order
    }

    @Test
    void anAllInMarketOrderIsSizedAndSubmittedAtTheFillBar() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", ScriptedStrategy::marketBuyAllIn);
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), THREE_DAYS, s);

        // floor(100000 / 10.8) = 9259 shares; 9259 x 10.8 = 99997.2
        ClientOrderId id = new ClientOrderId(1);
        assertThat(r.events()).containsExactly(
                new OrderSubmitted(id, ts("2024-01-03")),
                new OrderAccepted(id, ts("2024-01-03")),
                new OrderFilled(id, ts("2024-01-03"), ACME, OrderSide.BUY, raw("9259"), raw("10.8"), 0, Currency.USD));
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("2.8"));
    }

    @Test
    void aMarketOrderPlacedOnTheLastBarIsCanceledWithReasonEndOfData() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-04", x -> x.marketBuy(5));
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), THREE_DAYS, s);

        ClientOrderId id = new ClientOrderId(1);
        assertThat(r.events()).containsExactly(
                new OrderSubmitted(id, ts("2024-01-04")),
                new OrderCanceled(id, ts("2024-01-04"), "end of data"));
        assertThat(r.fills()).isEmpty();
        assertThat(s.ticket(0).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(s.ticket(0).reason()).isEqualTo("end of data");
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("100000"));
    }

    @Test
    void anAllInOrderPlacedOnTheLastBarIsCanceledWithoutEverBeingSized() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-04", ScriptedStrategy::marketBuyAllIn);
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), THREE_DAYS, s);

        assertThat(r.events()).containsExactly(new OrderCanceled(new ClientOrderId(1), ts("2024-01-04"), "end of data"));
        assertThat(s.ticket(0).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(s.ticket(0).order()).isNull();
        assertThat(s.ticket(0).reason()).isEqualTo("end of data");
    }

    @Test
    void aSellAtMarketClosesTheRoundTripAtTheNextOpen() {
        ScriptedStrategy s = new ScriptedStrategy()
                .on("2024-01-02", x -> x.marketBuy(10))
                .on("2024-01-03", ScriptedStrategy::flatten);
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), THREE_DAYS, s);

        assertThat(r.fills()).extracting(OrderFilled::side, OrderFilled::priceRaw, OrderFilled::tsNanos).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OrderSide.BUY, raw("10.8"), ts("2024-01-03")),
                org.assertj.core.groups.Tuple.tuple(OrderSide.SELL, raw("11"), ts("2024-01-04")));
        assertThat(r.trades()).singleElement().satisfies(t -> {
            assertThat(t.grossPnlRaw()).isEqualTo(raw("2"));
            assertThat(t.entryTsNanos()).isEqualTo(ts("2024-01-03"));
            assertThat(t.exitTsNanos()).isEqualTo(ts("2024-01-04"));
        });
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("100002"));
        assertThat(FixedPoint.formatMoney(r.finalEquityRaw())).isEqualTo("100002");
    }

    @Test
    void aStrategyCancelsAWorkingOrderBeforeItReachesTheVenue() {
        ScriptedStrategy s = new ScriptedStrategy()
                .on("2024-01-02", x -> x.cancelOrder(x.marketBuy(10)));
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), THREE_DAYS, s);

        assertThat(r.fills()).isEmpty();
        assertThat(r.events()).containsExactly(
                new OrderSubmitted(new ClientOrderId(1), ts("2024-01-02")),
                new OrderCanceled(new ClientOrderId(1), ts("2024-01-02"), "canceled by strategy"));
    }
}
