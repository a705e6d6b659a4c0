package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.domain.order.OrderSide.BUY;
import static wave.domain.order.OrderSide.SELL;
import static wave.engine.testkit.Backtests.raw;
import static wave.engine.testkit.Bars.ts;

import org.junit.jupiter.api.Test;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderStatus;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.order.OrderTicket;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;

/** Strategies that cancel their other orders when one fills (one-cancels-other exits). */
class BracketScenarioTest {
    static final String BARS = """
            2024-01-01 O=10  H=10  L=10  C=10
            2024-01-02 O=10  H=10.5 L=9.8 C=10.2
            2024-01-03 O=10  H=10.1 L=8.5 C=8.8
            2024-01-04 O=8.8 H=9   L=8.6 C=8.9
            2024-01-05 O=8.9 H=16  L=8.9 C=15.5
            """;

    /** When a sell fills, cancels its other open orders of {@code cancelSide} (take-profit / stop-loss bracket). */
    static final class OneCancelsOther extends ScriptedStrategy {
        private final wave.domain.order.OrderSide cancelSide;

        OneCancelsOther(wave.domain.order.OrderSide cancelSide) {
            this.cancelSide = cancelSide;
        }

        @Override
        protected void onFill(OrderFilled fill) {
            super.onFill(fill);
            if (fill.side() == SELL) {
                for (OrderTicket t : tickets) {
                    if (t.isOpen() && t.side() == cancelSide && !t.id().equals(fill.orderId())) {
                        cancelOrder(t);
                    }
                }
            }
        }
    }

    @Test
    void whenTheStopLossFillsTheTakeProfitPlacedBeforeItIsCanceled() {
        // Given a long of 10 bought at 10, with a take-profit limit sell at 15 placed before a stop-loss at 9
        OneCancelsOther s = new OneCancelsOther(SELL);
        s.on("2024-01-01", x -> x.marketBuy(10))
                .on("2024-01-02", x -> {
                    x.limitOrder(SELL, 10, "15");
                    x.stopOrder(SELL, 10, "9");
                });

        // When Jan 3 trades down through the stop
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), Bars.table(BARS), s);

        // Then the stop fills at 9, the take-profit is canceled by the strategy, and the Jan 5 rally to 16 sells nothing
        assertThat(r.fills()).extracting(OrderFilled::side, OrderFilled::priceRaw, OrderFilled::tsNanos).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BUY, raw("10"), ts("2024-01-02")),
                org.assertj.core.groups.Tuple.tuple(SELL, raw("9"), ts("2024-01-03")));
        assertThat(s.ticket(1).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(s.ticket(1).reason()).isEqualTo("canceled by strategy");
        assertThat(s.ticket(2).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(r.portfolio().cashRaw()).isEqualTo(raw("99990"));
        assertThat(r.steps()).isEqualTo(5);
    }

    @Test
    void cancelingAnEarlierOrderFromOnFillLeavesTheOtherWorkingOrdersWorking() {
        // Given a long of 10, a take-profit at 15, a stop-loss at 9 and an unrelated limit buy of 5 at 8.7 (in that
        // order); when a sell fills, the strategy cancels its other sell only
        OneCancelsOther s = new OneCancelsOther(SELL);
        s.on("2024-01-01", x -> x.marketBuy(10))
                .on("2024-01-02", x -> {
                    x.limitOrder(SELL, 10, "15");
                    x.stopOrder(SELL, 10, "9");
                    x.limitOrder(BUY, 5, "8.7");
                });

        // When Jan 3 trades down to 8.5
        BacktestResult r = Backtests.run(BacktestConfig.defaults(), Bars.table(BARS), s);

        // Then the stop sells at 9, the take-profit is canceled, and the limit buy still fills at 8.7 on the same bar
        assertThat(r.fills()).extracting(OrderFilled::side, OrderFilled::priceRaw, OrderFilled::tsNanos).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BUY, raw("10"), ts("2024-01-02")),
                org.assertj.core.groups.Tuple.tuple(SELL, raw("9"), ts("2024-01-03")),
                org.assertj.core.groups.Tuple.tuple(BUY, raw("8.7"), ts("2024-01-03")));
        assertThat(s.ticket(1).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(s.ticket(2).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(s.ticket(3).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(r.steps()).isEqualTo(5);
    }
}
