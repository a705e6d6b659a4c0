package wave.engine.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static wave.engine.testkit.Backtests.raw;
import static wave.engine.testkit.Bars.ts;

import org.junit.jupiter.api.Test;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderRejected;
import wave.domain.order.OrderStatus;
import wave.domain.order.RejectReason;
import wave.engine.backtest.BacktestResult;
import wave.engine.execution.PercentFeeModel;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;

/** How many shares an order buys: fixed, percent of equity and all-in (resolved at the fill price). */
class SizingScenarioTest {

    @Test
    void fixedSizingFromTheRunConfigurationBuysExactlyThatQuantity() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", ScriptedStrategy::marketBuyDefaultSize);
        BacktestResult r = Backtests.run(Backtests.withCash("10000").withSizing(Sizing.parse("fixed:7")), Bars.table("""
                2024-01-02 O=10 H=10 L=10 C=10
                2024-01-03 O=12 H=12 L=12 C=12
                """), s);

        assertThat(r.fills()).singleElement().extracting(OrderFilled::quantityRaw).isEqualTo(raw("7"));
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("9916"));
    }

    @Test
    void allInUsesTheOpenOfTheFillBarNotThePreviousClose() {
        // Given 10,000 USD, a 0.1% fee and a stock that closes at 100 and opens the next day at 105 (gap up)
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", ScriptedStrategy::marketBuyAllIn);
        BacktestResult r = Backtests.run(Backtests.withCash("10000").withFeeModel(PercentFeeModel.ofPercent("0.1")),
                Bars.table("""
                        2024-01-02 O=99  H=101 L=98  C=100
                        2024-01-03 O=105 H=106 L=104 C=105
                        """), s);

        // Then it buys floor(10000 / (105 x 1.001)) = 95 shares (at the previous close it would have been 99)
        OrderFilled fill = r.fills().getFirst();
        assertThat(fill.quantityRaw()).isEqualTo(raw("95"));
        assertThat(fill.priceRaw()).isEqualTo(raw("105"));
        assertThat(fill.commissionRaw()).isEqualTo(raw("9.975"));
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("15.025"));
        assertThat(s.ticket(0).order().quantityRaw()).isEqualTo(raw("95"));
    }

    @Test
    void allInBuysTheLargestAffordableQuantityIncludingTheFee() {
        // 1000 / (10 x 1.001) = 99.9 -> 99 (100 shares would cost 1000 + 1 fee)
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", ScriptedStrategy::marketBuyAllIn);
        BacktestResult r = Backtests.run(Backtests.withCash("1000").withFeeModel(PercentFeeModel.ofPercent("0.1")),
                Bars.table("""
                        2024-01-02 O=10 H=10 L=10 C=10
                        2024-01-03 O=10 H=10 L=10 C=10
                        """), s);

        assertThat(r.fills().getFirst().quantityRaw()).isEqualTo(raw("99"));
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("9.01")); // 1000 - 990 - 0.99
    }

    @Test
    void percentOfEquityCountsThePositionAtItsMarkNotJustCash() {
        // Given 10,000 USD; buy 100 at 20 (cash 8,000), which closes at 30 -> equity 11,000
        // When the strategy buys with percent:50 sizing, filling at 25
        ScriptedStrategy s = new ScriptedStrategy()
                .on("2024-01-02", x -> x.marketBuy(100))
                .on("2024-01-03", x -> x.marketBuy(Sizing.parse("percent:50")));
        BacktestResult r = Backtests.run(Backtests.withCash("10000"), Bars.table("""
                2024-01-02 O=20 H=20 L=20 C=20
                2024-01-03 O=20 H=30 L=20 C=30
                2024-01-04 O=25 H=25 L=25 C=25
                """), s);

        // Then the budget is 50% of 11,000 = 5,500 -> 220 shares at 25 (not 50% of cash: 160)
        assertThat(r.fills()).extracting(OrderFilled::quantityRaw).containsExactly(raw("100"), raw("220"));
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("2500"));
        assertThat(r.finalEquityRaw()).isEqualTo(raw("10500")); // 2500 + 320 x 25
    }

    @Test
    void percentOfEquityIsCappedByTheCashAvailable() {
        // 100% of equity 11,000 but only 8,000 cash -> 320 shares at 25
        ScriptedStrategy s = new ScriptedStrategy()
                .on("2024-01-02", x -> x.marketBuy(100))
                .on("2024-01-03", x -> x.marketBuy(new Sizing.PercentOfEquity(100)));
        BacktestResult r = Backtests.run(Backtests.withCash("10000"), Bars.table("""
                2024-01-02 O=20 H=20 L=20 C=20
                2024-01-03 O=20 H=30 L=20 C=30
                2024-01-04 O=25 H=25 L=25 C=25
                """), s);

        assertThat(r.fills()).extracting(OrderFilled::quantityRaw).containsExactly(raw("100"), raw("320"));
        assertThat(r.portfolio().cashRaw()).isZero();
    }

    @Test
    void allInWithoutCashForOneShareIsRejectedNamingTheCashAndThePrice() {
        // Given 100 USD and a stock that opens at 150
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", ScriptedStrategy::marketBuyAllIn);
        BacktestResult r = Backtests.run(Backtests.withCash("100"), Bars.table("""
                2024-01-02 O=140 H=140 L=140 C=140
                2024-01-03 O=150 H=150 L=150 C=150
                """), s);

        // Then the order is rejected when it reaches the venue, with a message naming the cash and the price
        assertThat(r.events()).singleElement().isInstanceOfSatisfying(OrderRejected.class, rejected -> {
            assertThat(rejected.orderId()).isEqualTo(new ClientOrderId(1));
            assertThat(rejected.tsNanos()).isEqualTo(ts("2024-01-03"));
            assertThat(rejected.reason()).isEqualTo(RejectReason.INSUFFICIENT_CASH);
            assertThat(rejected.message()).contains("100 USD").contains("at 150").contains("ACME.SIM");
        });
        assertThat(s.ticket(0).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(s.ticket(0).reason()).isEqualTo(((OrderRejected) r.events().getFirst()).message());
        assertThat(s.events).extracting(OrderEvent::getClass).containsExactly(OrderRejected.class);
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("100"));
        assertThat(r.fills()).isEmpty();
    }

    @Test
    void parsesSizingText() {
        assertThat(Sizing.parse("all-in")).isEqualTo(new Sizing.AllIn());
        assertThat(Sizing.parse(" Fixed:100 ")).isEqualTo(new Sizing.Fixed(raw("100")));
        assertThat(Sizing.parse("fixed:0.5")).isEqualTo(new Sizing.Fixed(500_000_000L));
        assertThat(Sizing.parse("percent:10")).isEqualTo(new Sizing.PercentOfEquity(10));
        assertThat(Sizing.fixed(3)).isEqualTo(new Sizing.Fixed(raw("3")));
        assertThat(Sizing.parse("fixed:2.5").toString()).isEqualTo("fixed:2.5");
        assertThat(Sizing.parse("fixed:1").resolvedAtFill()).isFalse();
        assertThat(Sizing.parse("all-in").resolvedAtFill()).isTrue();
        assertThat(Sizing.parse("percent:5").resolvedAtFill()).isTrue();
    }

    @Test
    void rejectsBadSizingText() {
        assertThatThrownBy(() -> Sizing.parse("percent:abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sizing 'percent:abc'").hasMessageContaining("expected all-in, fixed:<quantity> or percent:<0-100>");
        assertThatThrownBy(() -> Sizing.parse("half")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'half' not understood");
        assertThatThrownBy(() -> Sizing.parse("percent:0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0, 100]");
        assertThatThrownBy(() -> Sizing.parse("percent:150")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sizing.parse("fixed:0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fixed size must be > 0");
    }
}
