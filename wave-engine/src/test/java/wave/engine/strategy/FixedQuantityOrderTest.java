package wave.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestResult;
import wave.engine.order.OrderTicket;
import wave.engine.order.Sizing;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;

/**
 * An order placed with a quantity ({@code buy(Quantity)}, {@code sell(Quantity)}, {@code limit}, {@code closePosition},
 * ...) reaches the kernel as a raw quantity, with no {@link Sizing.Fixed} built per order; its ticket still reports the
 * fixed sizing it was requested with, and it trades exactly as the same order placed with a {@code Sizing.Fixed}.
 */
class FixedQuantityOrderTest {
    static final String BARS = """
            2024-01-02 O=10 H=10 L=10 C=10
            2024-01-03 O=11 H=11 L=9 C=11
            2024-01-04 O=12 H=12 L=12 C=12
            2024-01-05 O=13 H=13 L=13 C=13
            """;

    static BacktestResult run(ScriptedStrategy strategy) {
        return new Backtest(Backtests.withCash("1000"), List.of(Bars.table(BARS)), "t", id -> strategy, false).run();
    }

    @Test
    void aQuantityOrderTradesAsTheSameOrderWithAFixedSizingAndReportsThatSizing() {
        ScriptedStrategy byQuantity = new ScriptedStrategy().on("2024-01-02", s -> s.marketBuy(5))
                .on("2024-01-03", ScriptedStrategy::flatten);
        ScriptedStrategy bySizing = new ScriptedStrategy().on("2024-01-02", s -> s.marketBuy(Sizing.fixed(5)))
                .on("2024-01-03", ScriptedStrategy::flatten);
        BacktestResult quantity = run(byQuantity);
        BacktestResult sizing = run(bySizing);

        assertThat(quantity.fills()).isEqualTo(sizing.fills()).extracting(f -> f.side() + " " + f.quantity() + " @ " + f.price())
                .containsExactly("BUY 5 @ 11", "SELL 5 @ 12");
        assertThat(quantity.finalEquityRaw()).isEqualTo(sizing.finalEquityRaw()).isEqualTo(Backtests.raw("1005"));
        assertThat(byQuantity.tickets).extracting(OrderTicket::sizing)
                .containsExactly(Sizing.fixed(5), Sizing.fixed(5));
        assertThat(byQuantity.tickets).extracting(OrderTicket::toString)
                .containsExactly("O-1 BUY 5 " + byQuantity.ticket(0).instrument() + " MARKET [FILLED]",
                        "O-2 SELL 5 " + byQuantity.ticket(0).instrument() + " MARKET [FILLED]");
        assertThat(byQuantity.tickets).extracting(OrderTicket::resolvedAtFill).containsExactly(false, false);
    }

    @Test
    void aModifiedQuantityOrderKeepsTheSizingItWasRequestedWith() {
        ScriptedStrategy strategy = new ScriptedStrategy().on("2024-01-02", s -> s.limitOrder(OrderSide.BUY, 5, "8"))
                .on("2024-01-03", s -> s.modifyOrder(s.ticket(0), 8L, null, null));
        run(strategy);

        OrderTicket ticket = strategy.ticket(0);
        assertThat(ticket.status()).as("never filled at 8, canceled when the run ends").isEqualTo(OrderStatus.CANCELED);
        assertThat(ticket.filledQuantityRaw()).isZero();
        assertThat(ticket.quantityRaw()).isEqualTo(FixedPoint.quantityOfUnits(8));
        assertThat(ticket.sizing()).isEqualTo(Sizing.fixed(5)).hasToString("fixed:5");
    }

    @Test
    void aQuantityOfZeroIsRefusedAsAFixedSizingOfZeroIs() {
        ScriptedStrategy strategy = new ScriptedStrategy().on("2024-01-02", s -> s.marketSell(0));
        BacktestResult result = run(strategy);

        assertThat(strategy.tickets).isEmpty();
        assertThat(result.failures()).extracting(f -> f.callback() + ": " + f.error().getMessage())
                .containsExactly("onBar: fixed size must be > 0, got 0");
    }
}
