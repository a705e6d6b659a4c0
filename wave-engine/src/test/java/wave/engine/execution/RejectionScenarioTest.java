package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.engine.testkit.Backtests.raw;
import static wave.engine.testkit.Bars.ACME;
import static wave.engine.testkit.Bars.ts;

import org.junit.jupiter.api.Test;
import wave.domain.money.Currency;
import wave.domain.order.ClientOrderId;
import wave.domain.order.DenyReason;
import wave.domain.order.OrderDenied;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderRejected;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.domain.order.OrderSubmitted;
import wave.domain.order.RejectReason;
import wave.domain.portfolio.ClosedTrade;
import wave.domain.portfolio.PositionSide;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.order.Sizing;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;

/** Orders the venue refuses, and short sales where the account allows them. */
class RejectionScenarioTest {
    static final String BARS = """
            2024-01-02 O=19 H=19 L=19 C=19
            2024-01-03 O=20 H=21 L=17 C=18
            2024-01-04 O=15 H=16 L=14 C=15
            """;

    @Test
    void aFixedBuyTheCashCannotPayForIsRejectedWithTheAmounts() {
        // Given 1,000 USD, When buying 100 shares that open at 20 (2,000 needed)
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(100));
        BacktestResult r = Backtests.runVenueChecksOnly(Backtests.withCash("1000"), Bars.table(BARS), s);

        // Then the venue (here without a pre-trade check) rejects it on the next bar
        ClientOrderId id = new ClientOrderId(1);
        assertThat(r.events()).hasSize(2).first().isEqualTo(new OrderSubmitted(id, ts("2024-01-02")));
        OrderRejected rejected = (OrderRejected) r.events().get(1);
        assertThat(rejected.tsNanos()).isEqualTo(ts("2024-01-03"));
        assertThat(rejected.reason()).isEqualTo(RejectReason.INSUFFICIENT_CASH);
        assertThat(rejected.message()).isEqualTo("100 ACME.SIM at 20 need 2000 USD incl. fees, cash is 1000");
        assertThat(s.ticket(0).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(s.ticket(0).reason()).isEqualTo(rejected.message());
        assertThat(s.ticket(0).order().rejection()).isEqualTo(rejected);
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("1000"));
    }

    @Test
    void theFeeCountsTowardsTheCashNeeded() {
        // 50 x 20 = 1000 exactly the cash, but the 1 USD fee makes it 1001
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(50));
        BacktestResult r = Backtests.run(Backtests.withCash("1000").withFeeModel(new FixedFeeModel(raw("1"))), Bars.table(BARS), s);

        assertThat(((OrderRejected) r.events().get(1)).message()).isEqualTo("50 ACME.SIM at 20 need 1001 USD incl. fees, cash is 1000");
    }

    @Test
    void sellingWithoutAPositionIsRejectedWhenShortSalesAreDisabled() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketSell(10));
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), Bars.table(BARS), s);

        OrderRejected rejected = (OrderRejected) r.events().get(1);
        assertThat(rejected.reason()).isEqualTo(RejectReason.SHORT_NOT_ALLOWED);
        assertThat(rejected.tsNanos()).isEqualTo(ts("2024-01-03"));
        assertThat(rejected.message()).contains("selling 10 of ACME.SIM while holding 0").contains("short sales are disabled");
        assertThat(r.fills()).isEmpty();
        assertThat(r.portfolio().position(ACME).quantityRaw()).isZero();
    }

    @Test
    void sellingMoreThanTheLongPositionIsRejectedWhenShortSalesAreDisabled() {
        ScriptedStrategy s = new ScriptedStrategy()
                .on("2024-01-02", x -> x.marketBuy(10))
                .on("2024-01-03", x -> x.marketSell(15));
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), Bars.table(BARS), s);

        assertThat(s.ticket(1).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(s.ticket(1).order().rejection().reason()).isEqualTo(RejectReason.SHORT_NOT_ALLOWED);
        assertThat(r.portfolio().position(ACME).quantityRaw()).isEqualTo(raw("10"));
    }

    @Test
    void aShortRoundTripWhenShortSalesAreAllowed() {
        // Given short sales allowed and a 1 USD fee per fill
        // When selling 10 short on Jan 2 (fills at Jan 3's open, 20) and covering on Jan 3 (fills at Jan 4's open, 15)
        ScriptedStrategy s = new ScriptedStrategy()
                .on("2024-01-02", x -> x.marketSell(10))
                .on("2024-01-03", ScriptedStrategy::flatten);
        BacktestResult r = Backtests.run(BacktestConfig.defaults().withAllowShort(true).withFeeModel(new FixedFeeModel(raw("1"))),
                Bars.table(BARS), s);

        assertThat(r.fills()).containsExactly(
                new OrderFilled(new ClientOrderId(1), ts("2024-01-03"), ACME, OrderSide.SELL, raw("10"), raw("20"), raw("1"), Currency.USD),
                new OrderFilled(new ClientOrderId(2), ts("2024-01-04"), ACME, OrderSide.BUY, raw("10"), raw("15"), raw("1"), Currency.USD));
        assertThat(s.positionAtBar).containsExactly(0L, raw("-10"), 0L);
        // Then: proceeds 200 - 1, equity on Jan 3 marked at the close 18 -> 100199 - 180; covered for 150 + 1
        assertThat(r.cashRaw()).containsExactly(raw("100000"), raw("100199"), raw("100048"));
        assertThat(r.equityRaw()).containsExactly(raw("100000"), raw("100019"), raw("100048"));
        ClosedTrade trade = r.trades().getFirst();
        assertThat(trade.side()).isEqualTo(PositionSide.SHORT);
        assertThat(trade.quantityRaw()).isEqualTo(raw("10"));
        assertThat(trade.entryPriceRaw()).isEqualTo(raw("20"));
        assertThat(trade.exitPriceRaw()).isEqualTo(raw("15"));
        assertThat(trade.grossPnlRaw()).isEqualTo(raw("50"));
        assertThat(trade.netPnlRaw()).isEqualTo(raw("48"));
        assertThat(r.portfolio().realizedPnlRaw()).isEqualTo(raw("50"));
    }

    @Test
    void sellShortUsesTheDefaultSizing() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", ScriptedStrategy::shortSale);
        BacktestResult r = Backtests.run(BacktestConfig.defaults().withAllowShort(true).withSizing(Sizing.fixed(5)),
                Bars.table(BARS), s);

        assertThat(r.fills()).singleElement().satisfies(f -> {
            assertThat(f.side()).isEqualTo(OrderSide.SELL);
            assertThat(f.quantityRaw()).isEqualTo(raw("5"));
        });
        // still short at the end: equity = 100100 - 5 x 15
        assertThat(r.finalEquityRaw()).isEqualTo(raw("100025"));
    }

    @Test
    void aStopBuyThatGapsAboveWhatTheCashCanPayIsCanceledAtTheFill() {
        // Given 600 USD and a stop buy of 10 at 50 (500 needed at the stop: accepted on Jan 3)
        // When Jan 4 opens at 70, above the stop: the fill would cost 700
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.stopOrder(OrderSide.BUY, 10, "50"));
        BacktestResult r = Backtests.run(Backtests.withCash("600"), Bars.table("""
                2024-01-02 O=40 H=40 L=40 C=40
                2024-01-03 O=40 H=45 L=39 C=44
                2024-01-04 O=70 H=72 L=69 C=71
                """), s);

        // Then the order is canceled instead of filled, saying why
        assertThat(r.fills()).isEmpty();
        assertThat(s.ticket(0).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(s.ticket(0).reason())
                .isEqualTo("insufficient cash at fill: 10 ACME.SIM at 70 need 700 USD incl. fees, cash is 600");
        assertThat(r.events()).last().isEqualTo(new wave.domain.order.OrderCanceled(s.ticket(0).id(), ts("2024-01-04"),
                s.ticket(0).reason()));
    }

    @Test
    void aQuantityThatIsNotAWholeNumberOfLotsIsRejected() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(new Sizing.Fixed(raw("0.5"))));
        BacktestResult r = Backtests.runVenueChecksOnly(BacktestConfig.defaults(), Bars.table(BARS), s);

        OrderRejected rejected = (OrderRejected) r.events().get(1);
        assertThat(rejected.reason()).isEqualTo(RejectReason.INVALID_QUANTITY);
        assertThat(rejected.message()).isEqualTo("quantity 0.5 is not a multiple of the lot size 1 of ACME.SIM");
        assertThat(r.fills()).isEmpty();
    }

    @Test
    void theDefaultPreTradeCheckDeniesAFixedBuyTheAccountCannotPayForBeforeItIsSent() {
        // Given 1,000 USD, When buying 100 shares after a close at 19 (estimated 1,900)
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(100));
        BacktestResult r = Backtests.run(Backtests.withCash("1000"), Bars.table(BARS), s);

        // Then it is denied at once, never reaching the venue, and the strategy hears why
        OrderDenied denied = new OrderDenied(new ClientOrderId(1), ts("2024-01-02"), DenyReason.INSUFFICIENT_FUNDS,
                "estimated cost 1900 USD exceeds available funds 1000 (cash plus long positions at their marks)");
        assertThat(r.events()).containsExactly(denied);
        assertThat(s.events).containsExactly(denied);
        assertThat(s.ticket(0).status()).isEqualTo(OrderStatus.DENIED);
        assertThat(s.ticket(0).reason()).isEqualTo(denied.message());
        assertThat(s.ticket(0).order()).isNull();
        assertThat(r.fills()).isEmpty();
    }

    @Test
    void theDefaultPreTradeCheckDeniesAQuantityThatIsNotAWholeNumberOfLots() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(new Sizing.Fixed(raw("0.5"))));
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), Bars.table(BARS), s);

        assertThat(r.events()).singleElement().isEqualTo(new OrderDenied(new ClientOrderId(1), ts("2024-01-02"),
                DenyReason.INVALID_QUANTITY, "quantity 0.5 is not a multiple of the lot size 1 of ACME.SIM"));
    }
}
