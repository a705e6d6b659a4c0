package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.domain.order.OrderSide.BUY;
import static wave.domain.order.OrderSide.SELL;
import static wave.engine.testkit.Backtests.raw;
import static wave.engine.testkit.Bars.ts;

import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderStatus;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.order.OrderTicket;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;

/**
 * Limit, stop and stop-limit orders against next bars (the rules of {@link NextBarFillModel}). Every scenario
 * places the order on the first bar; a long position, where needed, is bought one bar earlier.
 */
class LimitAndStopScenarioTest {

    /** Runs the scenario; the order under test is the last ticket the strategy placed. */
    private static Outcome run(String bars, ScriptedStrategy strategy) {
        BacktestResult result = Backtests.run(BacktestConfig.defaults(), Bars.table(bars), strategy);
        return new Outcome(result, strategy, strategy.tickets.getLast());
    }

    private static ScriptedStrategy placeOn(String date, Consumer<ScriptedStrategy> order) {
        return new ScriptedStrategy().on(date, order);
    }

    /** A strategy that buys 10 at market on the first date and places the exit order on the second. */
    private static ScriptedStrategy longThen(String exitDate, Consumer<ScriptedStrategy> exit) {
        return new ScriptedStrategy().on("2024-01-01", x -> x.marketBuy(10)).on(exitDate, exit);
    }

    record Outcome(BacktestResult result, ScriptedStrategy strategy, OrderTicket ticket) {
        OrderFilled fill() {
            return result.fills().stream().filter(f -> f.orderId().equals(ticket.id())).findFirst().orElseThrow();
        }

        boolean filled() {
            return result.fills().stream().anyMatch(f -> f.orderId().equals(ticket.id()));
        }
    }

    @Nested
    class LimitBuy {
        @Test
        void fillsAtTheLimitWhenTheLowTouchesIt() {
            Outcome o = run("""
                    2024-01-02 O=10 H=10.2 L=9.9 C=10
                    2024-01-03 O=10 H=10.2 L=9.4 C=9.8
                    """, placeOn("2024-01-02", x -> x.limitOrder(BUY, 10, "9.5")));
            assertThat(o.fill().priceRaw()).isEqualTo(raw("9.5"));
            assertThat(o.fill().tsNanos()).isEqualTo(ts("2024-01-03"));
        }

        @Test
        void fillsAtTheLimitWhenTheLowIsExactlyTheLimit() {
            Outcome o = run("""
                    2024-01-02 O=10 H=10.2 L=9.9 C=10
                    2024-01-03 O=10 H=10.2 L=9.5 C=9.8
                    """, placeOn("2024-01-02", x -> x.limitOrder(BUY, 10, "9.5")));
            assertThat(o.fill().priceRaw()).isEqualTo(raw("9.5"));
        }

        @Test
        void fillsAtTheBetterOpenWhenTheBarGapsBelowTheLimit() {
            Outcome o = run("""
                    2024-01-02 O=10  H=10.2 L=9.9 C=10
                    2024-01-03 O=9.2 H=9.6  L=9.0 C=9.4
                    """, placeOn("2024-01-02", x -> x.limitOrder(BUY, 10, "9.5")));
            assertThat(o.fill().priceRaw()).isEqualTo(raw("9.2"));
            assertThat(o.result().portfolio().cashRaw()).isEqualTo(raw("99908"));
        }

        @Test
        void doesNotFillOnTheBarItWasPlacedOnEvenIfThatBarTradedBelowTheLimit() {
            Outcome o = run("""
                    2024-01-02 O=10 H=10.2 L=9.0 C=10
                    2024-01-03 O=10 H=10.2 L=9.9 C=10
                    """, placeOn("2024-01-02", x -> x.limitOrder(BUY, 10, "9.5")));
            assertThat(o.filled()).isFalse();
            assertThat(o.ticket().reason()).isEqualTo("end of data");
        }

        @Test
        void doesNotFillWhenNotTouchedAndStaysWorkingOnLaterBars() {
            ScriptedStrategy s = placeOn("2024-01-02", x -> x.limitOrder(BUY, 10, "9.5"));
            java.util.List<OrderStatus> statusAtBar = new java.util.ArrayList<>();
            s.onEveryBar(x -> statusAtBar.add(x.ticket(0).status()));
            Outcome o = run("""
                    2024-01-02 O=10  H=10.2 L=9.9 C=10
                    2024-01-03 O=10  H=10.2 L=9.6 C=9.8
                    2024-01-04 O=9.8 H=10   L=9.7 C=9.9
                    2024-01-05 O=9.9 H=10   L=9.3 C=9.6
                    """, s);
            assertThat(statusAtBar).containsExactly(OrderStatus.SUBMITTED, OrderStatus.ACCEPTED, OrderStatus.ACCEPTED,
                    OrderStatus.FILLED);
            assertThat(o.fill().priceRaw()).isEqualTo(raw("9.5"));
            assertThat(o.fill().tsNanos()).isEqualTo(ts("2024-01-05"));
        }
    }

    @Nested
    class LimitSell {
        @Test
        void fillsAtTheLimitWhenTheHighTouchesIt() {
            Outcome o = run("""
                    2024-01-01 O=10   H=10.2 L=9.9 C=10
                    2024-01-02 O=10   H=10.2 L=9.9 C=10
                    2024-01-03 O=10.5 H=11.3 L=10.4 C=11.1
                    """, longThen("2024-01-02", x -> x.limitOrder(SELL, 10, "11")));
            assertThat(o.fill().priceRaw()).isEqualTo(raw("11"));
            assertThat(o.fill().tsNanos()).isEqualTo(ts("2024-01-03"));
            assertThat(o.result().trades()).singleElement().extracting(t -> t.grossPnlRaw()).isEqualTo(raw("10"));
        }

        @Test
        void fillsAtTheBetterOpenWhenTheBarGapsAboveTheLimit() {
            Outcome o = run("""
                    2024-01-01 O=10   H=10.2 L=9.9 C=10
                    2024-01-02 O=10   H=10.2 L=9.9 C=10
                    2024-01-03 O=11.4 H=11.8 L=11.2 C=11.5
                    """, longThen("2024-01-02", x -> x.limitOrder(SELL, 10, "11")));
            assertThat(o.fill().priceRaw()).isEqualTo(raw("11.4"));
        }

        @Test
        void doesNotFillWhenNotTouchedAndStaysWorking() {
            Outcome o = run("""
                    2024-01-01 O=10   H=10.2  L=9.9  C=10
                    2024-01-02 O=10   H=10.2  L=9.9  C=10
                    2024-01-03 O=10.5 H=10.99 L=10.4 C=10.9
                    2024-01-04 O=10.9 H=11    L=10.8 C=10.95
                    """, longThen("2024-01-02", x -> x.limitOrder(SELL, 10, "11")));
            assertThat(o.fill().tsNanos()).isEqualTo(ts("2024-01-04"));
            assertThat(o.fill().priceRaw()).isEqualTo(raw("11"));
        }
    }

    @Nested
    class Stops {
        @Test
        void stopBuyFillsAtTheStopWhenTheHighTouchesIt() {
            Outcome o = run("""
                    2024-01-02 O=10   H=10.6 L=9.9  C=10.5
                    2024-01-03 O=10.6 H=11.3 L=10.4 C=11.2
                    """, placeOn("2024-01-02", x -> x.stopOrder(BUY, 10, "11")));
            assertThat(o.fill().priceRaw()).isEqualTo(raw("11"));
            assertThat(o.fill().tsNanos()).isEqualTo(ts("2024-01-03"));
        }

        @Test
        void stopBuyFillsAtTheWorseOpenWhenTheBarGapsThroughTheStop() {
            Outcome o = run("""
                    2024-01-02 O=10   H=10.6 L=9.9  C=10.5
                    2024-01-03 O=11.5 H=11.8 L=11.2 C=11.6
                    """, placeOn("2024-01-02", x -> x.stopOrder(BUY, 10, "11")));
            assertThat(o.fill().priceRaw()).isEqualTo(raw("11.5"));
        }

        @Test
        void stopBuyDoesNotFillWhenTheHighStaysBelowTheStop() {
            Outcome o = run("""
                    2024-01-02 O=10   H=10.6  L=9.9  C=10.5
                    2024-01-03 O=10.6 H=10.99 L=10.4 C=10.8
                    """, placeOn("2024-01-02", x -> x.stopOrder(BUY, 10, "11")));
            assertThat(o.filled()).isFalse();
            assertThat(o.ticket().status()).isEqualTo(OrderStatus.CANCELED);
        }

        @Test
        void stopSellFillsAtTheStopWhenTheLowTouchesIt() {
            Outcome o = run("""
                    2024-01-01 O=10  H=10.2 L=9.9 C=10
                    2024-01-02 O=10  H=10.2 L=9.5 C=9.6
                    2024-01-03 O=9.5 H=9.6  L=8.7 C=8.8
                    """, longThen("2024-01-02", x -> x.stopOrder(SELL, 10, "9")));
            assertThat(o.fill().priceRaw()).isEqualTo(raw("9"));
            assertThat(o.fill().tsNanos()).isEqualTo(ts("2024-01-03"));
            assertThat(o.result().trades()).singleElement().extracting(t -> t.grossPnlRaw()).isEqualTo(raw("-10"));
        }

        @Test
        void stopSellFillsAtTheWorseOpenWhenTheBarGapsThroughTheStop() {
            Outcome o = run("""
                    2024-01-01 O=10  H=10.2 L=9.9 C=10
                    2024-01-02 O=10  H=10.2 L=9.5 C=9.6
                    2024-01-03 O=8.5 H=8.9  L=8.2 C=8.4
                    """, longThen("2024-01-02", x -> x.stopOrder(SELL, 10, "9")));
            assertThat(o.fill().priceRaw()).isEqualTo(raw("8.5"));
            assertThat(o.result().trades()).singleElement().extracting(t -> t.grossPnlRaw()).isEqualTo(raw("-15"));
        }
    }

    @Nested
    class StopLimits {
        @Test
        void buyTriggersAndFillsOnTheSameBarAtTheStop() {
            // stop 11, limit 11.2: the high reaches the stop, the low is below the limit -> min(stop, limit) = 11
            Outcome o = run("""
                    2024-01-02 O=10   H=10.6 L=9.9  C=10.5
                    2024-01-03 O=10.6 H=11.5 L=10.5 C=11.3
                    """, placeOn("2024-01-02", x -> x.stopLimitOrder(BUY, 10, "11", "11.2")));
            assertThat(o.fill().priceRaw()).isEqualTo(raw("11"));
            assertThat(o.fill().tsNanos()).isEqualTo(ts("2024-01-03"));
        }

        @Test
        void buyGappedThroughTheStopFillsLikeALimitOrder() {
            // opens at 11.5 above the stop 11 (triggered) but above the limit 11.2; the low reaches the limit
            Outcome o = run("""
                    2024-01-02 O=10   H=10.6 L=9.9  C=10.5
                    2024-01-03 O=11.5 H=11.8 L=11.1 C=11.6
                    """, placeOn("2024-01-02", x -> x.stopLimitOrder(BUY, 10, "11", "11.2")));
            assertThat(o.fill().priceRaw()).isEqualTo(raw("11.2"));
        }

        @Test
        void buyIsTriggeredOnOneBarAndFilledAtTheLimitOnALaterBar() {
            ScriptedStrategy s = placeOn("2024-01-02", x -> x.stopLimitOrder(BUY, 10, "11", "10.8"));
            java.util.List<Boolean> triggeredAtBar = new java.util.ArrayList<>();
            s.onEveryBar(x -> triggeredAtBar.add(x.ticket(0).stopTriggered()));
            Outcome o = run("""
                    2024-01-02 O=10   H=10.6  L=9.9  C=10.5
                    2024-01-03 O=10.9 H=11.3  L=10.85 C=11
                    2024-01-04 O=10.9 H=10.95 L=10.7 C=10.8
                    """, s);
            // Jan 3: the high 11.3 reaches the stop, but the low 10.85 stays above the limit 10.8 -> triggered, no fill.
            // Jan 4: never reaches the stop again, but as a triggered limit order it fills at 10.8.
            assertThat(triggeredAtBar).containsExactly(false, true, true);
            assertThat(o.fill().priceRaw()).isEqualTo(raw("10.8"));
            assertThat(o.fill().tsNanos()).isEqualTo(ts("2024-01-04"));
        }

        @Test
        void buyThatWasNeverTriggeredDoesNotFillAtTheLimit() {
            // Jan 3 trades through the limit 10.8 but never reaches the stop 11
            Outcome o = run("""
                    2024-01-02 O=10   H=10.6  L=9.9  C=10.5
                    2024-01-03 O=10.9 H=10.95 L=10.7 C=10.8
                    """, placeOn("2024-01-02", x -> x.stopLimitOrder(BUY, 10, "11", "10.8")));
            assertThat(o.filled()).isFalse();
            assertThat(o.ticket().stopTriggered()).isFalse();
        }

        @Test
        void sellIsTriggeredOnOneBarAndFilledAtTheLimitOnALaterBar() {
            // long 10; stop 9 limit 9.2: Jan 3 trades down to 8.9 (triggered) but never back up to 9.2;
            // Jan 4 rallies to 9.3 -> sells at the limit 9.2
            Outcome o = run("""
                    2024-01-01 O=10  H=10.2 L=9.9 C=10
                    2024-01-02 O=10  H=10.2 L=9.5 C=9.6
                    2024-01-03 O=9.1 H=9.15 L=8.9 C=9
                    2024-01-04 O=9.1 H=9.3  L=9.05 C=9.25
                    """, longThen("2024-01-02", x -> x.stopLimitOrder(SELL, 10, "9", "9.2")));
            assertThat(o.fill().priceRaw()).isEqualTo(raw("9.2"));
            assertThat(o.fill().tsNanos()).isEqualTo(ts("2024-01-04"));
        }

        @Test
        void sellTriggersAndFillsOnTheSameBarAtTheStop() {
            // stop 9 limit 8.8: low reaches the stop, high is above the limit -> max(stop, limit) = 9
            Outcome o = run("""
                    2024-01-01 O=10  H=10.2 L=9.9 C=10
                    2024-01-02 O=10  H=10.2 L=9.5 C=9.6
                    2024-01-03 O=9.5 H=9.6  L=8.7 C=8.8
                    """, longThen("2024-01-02", x -> x.stopLimitOrder(SELL, 10, "9", "8.8")));
            assertThat(o.fill().priceRaw()).isEqualTo(raw("9"));
        }
    }
}
