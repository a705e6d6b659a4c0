package wave.engine.order;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.domain.order.OrderSide.BUY;

import org.junit.jupiter.api.Test;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.order.OrderStatus;
import wave.domain.order.TimeInForce;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;

/** Every order that ends without filling entirely carries a machine-readable reason code beside its message. */
class ReasonCodeScenarioTest {
    private static final String BARS = """
            2024-01-02 O=10 H=10.2 L=9.9 C=10
            2024-01-03 O=10 H=10.5 L=9.8 C=10.4
            2024-01-04 O=10.4 H=10.6 L=10.1 C=10.5
            """;

    @Test
    void deniedExpiredOcoAndEndOfDataOrdersNameTheirReason() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> {
            x.marketBuy(100_000); // 1,000,000 at 10: more than the 10,000 cash
            x.place(OrderRequest.limit(BUY, Quantity.of(10), Price.of("9")).withTimeInForce(TimeInForce.DAY));
            x.link(x.limitOrder(BUY, 10, "9.8"), x.limitOrder(BUY, 10, "9.7"));
            x.limitOrder(BUY, 10, "9.5");
        });
        Backtests.run(Backtests.withCash("10000"), Bars.table(BARS), s);

        assertThat(s.ticket(0).status()).isEqualTo(OrderStatus.DENIED);
        assertThat(s.ticket(0).reasonCode()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(s.ticket(1).reasonCode()).isEqualTo("EXPIRED");
        assertThat(s.ticket(1).reason()).isEqualTo("expired (DAY)");
        assertThat(s.ticket(2).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(s.ticket(2).reasonCode()).isEmpty();
        assertThat(s.ticket(3).reasonCode()).isEqualTo("OCO");
        assertThat(s.ticket(3).reason()).isEqualTo("OCO: O-3 filled");
        assertThat(s.ticket(4).reasonCode()).isEqualTo("END_OF_DATA");
    }

    @Test
    void cancelReasonsMapToTheirCodes() {
        assertThat(CancelCode.of("insufficient cash at fill: 10 ACME.SIM at 10 need 101 USD incl. fees, cash is 100"))
                .isEqualTo("INSUFFICIENT_CASH_AT_FILL");
        assertThat(CancelCode.of("IOC: 60 of 100 not filled on arrival")).isEqualTo("IOC_NOT_FILLED");
        assertThat(CancelCode.of("MARKET_ON_CLOSE: 30 of 30 not filled at the close")).isEqualTo("AUCTION_NOT_FILLED");
        assertThat(CancelCode.of("corporate action (split 4)")).isEqualTo("CORPORATE_ACTION");
        assertThat(CancelCode.of("strategy halted")).isEqualTo("CANCELED");
        assertThat(CancelCode.isRefusal("INSUFFICIENT_CASH_AT_FILL")).isTrue();
        assertThat(CancelCode.isRefusal("EXPIRED")).isFalse();
    }
}
