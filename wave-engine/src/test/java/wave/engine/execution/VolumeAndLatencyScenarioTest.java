package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static wave.domain.order.OrderSide.BUY;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.Equity;
import wave.domain.money.Currency;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.order.OrderStatus;
import wave.domain.order.TimeInForce;
import wave.engine.backtest.BacktestConfig;
import wave.engine.order.OrderRequest;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.EventText;
import wave.engine.testkit.ScriptedStrategy;

/** A cap on the share of each bar's volume the account may trade (partial fills), and order latency in bars. */
class VolumeAndLatencyScenarioTest {
    static BacktestConfig cappedAt(double participation) {
        return BacktestConfig.defaults().withExecution(ExecutionConfig.defaults().withMaxVolumeParticipation(participation));
    }

    static BacktestConfig latency(int bars) {
        return BacktestConfig.defaults().withExecution(ExecutionConfig.defaults().withLatencyBars(bars));
    }

    @Nested
    class VolumeParticipation {
        @Test
        void aLargeOrderFillsInPiecesOfAtMostTheCapOfEachBarsVolume() {
            // Given at most 10% of each bar's volume and a market buy of 250
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(250));
            List<OrderStatus> statusAtBar = new ArrayList<>();
            s.onEveryBar(x -> statusAtBar.add(x.ticket(0).status()));

            // When the next bars trade 1000, 500 and 2000 shares
            Backtests.run(cappedAt(0.1), Bars.table("""
                    2024-01-02 O=10   H=10.2 L=9.9  C=10
                    2024-01-03 O=10.1 H=10.3 L=10   C=10.2 V=1000
                    2024-01-04 O=10.2 H=10.4 L=10.1 C=10.3 V=500
                    2024-01-05 O=10.3 H=10.5 L=10.2 C=10.4 V=2000
                    """), s);

            // Then it fills 100, 50 and the last 100 at each open, partially filled until the last piece
            assertThat(EventText.of(s.events)).containsExactly(
                    "2024-01-02 O-1 submitted",
                    "2024-01-03 O-1 accepted",
                    "2024-01-03 O-1 filled BUY 100 @ 10.1",
                    "2024-01-04 O-1 filled BUY 50 @ 10.2",
                    "2024-01-05 O-1 filled BUY 100 @ 10.3");
            assertThat(statusAtBar).containsExactly(OrderStatus.SUBMITTED, OrderStatus.PARTIALLY_FILLED,
                    OrderStatus.PARTIALLY_FILLED, OrderStatus.FILLED);
            assertThat(s.ticket(0).order().averageFillPrice()).isEqualTo(Price.of("10.2"));
            // and the ticket reports every piece
            assertThat(s.ticket(0).fills()).extracting(f -> f.quantity().toString() + " @ " + f.price())
                    .containsExactly("100 @ 10.1", "50 @ 10.2", "100 @ 10.3");
        }

        @Test
        void ordersOfOneInstrumentShareTheBarsVolumeInTheOrderTheyFill() {
            // Given a limit buy of 80 at 9.9 placed before a market buy of 80, with 100 shares available per bar
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> {
                x.limitOrder(BUY, 80, "9.9");
                x.marketBuy(80);
            });
            Backtests.run(cappedAt(0.1), Bars.table("""
                    2024-01-02 O=10 H=10.2 L=9.9 C=10
                    2024-01-03 O=10 H=10.2 L=9.8 C=10
                    """), s);
            // Then the market order, filling at the open, takes 80 first; the limit, reached later in the bar, gets 20
            // (its other 60 work until the data ends)
            assertThat(EventText.of(s.events)).containsExactly(
                    "2024-01-02 O-1 submitted",
                    "2024-01-02 O-2 submitted",
                    "2024-01-03 O-1 accepted",
                    "2024-01-03 O-2 accepted",
                    "2024-01-03 O-2 filled BUY 80 @ 10",
                    "2024-01-03 O-1 filled BUY 20 @ 9.9",
                    "2024-01-03 O-1 canceled: end of data");
        }

        @Test
        void aBarWithoutVolumeFillsNothingAndTheOrderKeepsWorking() {
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(10));
            Backtests.run(cappedAt(0.5), Bars.table("""
                    2024-01-02 O=10   H=10.2 L=9.9  C=10
                    2024-01-03 O=10.1 H=10.3 L=10   C=10.2 V=0
                    2024-01-04 O=10.2 H=10.4 L=10.1 C=10.3
                    """), s);
            assertThat(EventText.of(s.events)).endsWith(
                    "2024-01-03 O-1 accepted",
                    "2024-01-04 O-1 filled BUY 10 @ 10.2");
        }

        @Test
        void theCapIsRoundedDownToWholeLots() {
            // Given lots of 100 shares: 10% of 1500 is 150 shares, 1 lot
            BacktestConfig lotsOf100 = cappedAt(0.1).withInstruments(id -> new Equity(id, Currency.USD, Price.of("0.01"),
                    Quantity.of(100)));
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(200));
            Backtests.run(lotsOf100, Bars.table("""
                    2024-01-02 O=10   H=10.2 L=9.9  C=10
                    2024-01-03 O=10.1 H=10.3 L=10   C=10.2 V=1500
                    2024-01-04 O=10.2 H=10.4 L=10.1 C=10.3 V=1999
                    """), s);
            assertThat(EventText.of(s.events)).endsWith(
                    "2024-01-03 O-1 filled BUY 100 @ 10.1",
                    "2024-01-04 O-1 filled BUY 100 @ 10.2");
        }

        @Test
        void theParticipationMustBeAPositiveFractionAtMostOne() {
            assertThatThrownBy(() -> ExecutionConfig.defaults().withMaxVolumeParticipation(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("max volume participation must be in (0, 1], got 0.0");
            assertThatThrownBy(() -> ExecutionConfig.defaults().withMaxVolumeParticipation(1.5))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(ExecutionConfig.defaults().capsVolume()).isFalse();
        }
    }

    @Nested
    class Latency {
        static final String BARS = """
                2024-01-02 O=10   H=10.2 L=9.9  C=10
                2024-01-03 O=10.1 H=10.3 L=10   C=10.2
                2024-01-04 O=10.2 H=10.4 L=10.1 C=10.3
                2024-01-05 O=10.3 H=10.5 L=10.2 C=10.4
                2024-01-08 O=10.4 H=10.6 L=10.3 C=10.5
                """;

        @Test
        void withTwoBarsOfLatencyAMarketOrderFillsThreeBarsAfterItsSignal() {
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(10));
            Backtests.run(latency(2), Bars.table(BARS), s);
            assertThat(EventText.of(s.events)).containsExactly(
                    "2024-01-02 O-1 submitted",
                    "2024-01-05 O-1 accepted",
                    "2024-01-05 O-1 filled BUY 10 @ 10.3");
        }

        @Test
        void aDayOrderIsGoodForTheDayItReachesTheVenue() {
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.place(OrderRequest.limit(BUY, Quantity.of(10),
                    Price.of("10")).withTimeInForce(TimeInForce.DAY)));
            Backtests.run(latency(1), Bars.table(BARS), s);
            assertThat(EventText.of(s.events)).containsExactly(
                    "2024-01-02 O-1 submitted",
                    "2024-01-04 O-1 accepted",
                    "2024-01-04 O-1 canceled: expired (DAY)");
        }

        @Test
        void aCancelTakesEffectAtOnceEvenBeforeTheOrderReachesTheVenue() {
            ScriptedStrategy s = new ScriptedStrategy()
                    .on("2024-01-02", x -> x.marketBuy(10))
                    .on("2024-01-03", x -> x.cancelOrder(x.ticket(0)));
            Backtests.run(latency(2), Bars.table(BARS), s);
            assertThat(EventText.of(s.events)).containsExactly(
                    "2024-01-02 O-1 submitted",
                    "2024-01-03 O-1 canceled: canceled by strategy");
        }

        @Test
        void latencyIsAWholeNumberOfBarsFromZero() {
            assertThatThrownBy(() -> ExecutionConfig.defaults().withLatencyBars(-1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("latency must be >= 0 bars, got -1");
        }
    }
}
