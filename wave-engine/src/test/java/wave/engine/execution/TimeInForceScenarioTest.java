package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.domain.order.OrderSide.BUY;
import static wave.engine.testkit.Backtests.raw;
import static wave.engine.testkit.Bars.ts;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.order.OrderStatus;
import wave.domain.order.TimeInForce;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.order.OrderRequest;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.EventText;
import wave.engine.testkit.ScriptedStrategy;

/** DAY, IOC, FOK and GTD orders on the simulated venue (GTC is the default every other scenario uses). */
class TimeInForceScenarioTest {
    /** The limit 9.5 is not reached on Jan 3 (low 9.6) but is on Jan 4 (low 9.3). */
    static final String DAILY = """
            2024-01-02 O=10  H=10.2 L=9.9 C=10
            2024-01-03 O=10  H=10.2 L=9.6 C=9.8
            2024-01-04 O=9.8 H=10   L=9.3 C=9.6
            2024-01-05 O=9.6 H=9.8  L=9.2 C=9.4
            """;

    static OrderRequest limitBuy(long units, String limit) {
        return OrderRequest.limit(BUY, Quantity.of(units), Price.of(limit));
    }

    static BacktestConfig cappedAt(double participation) {
        return BacktestConfig.defaults().withExecution(ExecutionConfig.defaults().withMaxVolumeParticipation(participation));
    }

    @Nested
    class Day {
        @Test
        void onDailyBarsADayOrderWorksOnItsFirstBarOnlyThenExpires() {
            // Given a DAY limit buy 10 at 9.5 placed on Jan 2 (it reaches the venue with Jan 3)
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.place(limitBuy(10, "9.5")
                    .withTimeInForce(TimeInForce.DAY)));
            List<OrderStatus> statusAtBar = new ArrayList<>();
            s.onEveryBar(x -> statusAtBar.add(x.ticket(0).status()));

            // When Jan 3 stays above the limit and Jan 4 trades through it
            BacktestResult r = Backtests.run(BacktestConfig.defaults(), Bars.table(DAILY), s);

            // Then it expires after Jan 3's matching, and Jan 4's low of 9.3 buys nothing
            assertThat(EventText.of(s.events)).containsExactly(
                    "2024-01-02 O-1 submitted",
                    "2024-01-03 O-1 accepted",
                    "2024-01-03 O-1 canceled: expired (DAY)");
            assertThat(statusAtBar).containsExactly(OrderStatus.SUBMITTED, OrderStatus.CANCELED, OrderStatus.CANCELED,
                    OrderStatus.CANCELED);
            assertThat(r.fills()).isEmpty();
        }

        @Test
        void aDayOrderThatTradesOnItsDayFillsAsUsual() {
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.place(limitBuy(10, "9.7")
                    .withTimeInForce(TimeInForce.DAY)));
            Backtests.run(BacktestConfig.defaults(), Bars.table(DAILY), s);
            assertThat(EventText.of(s.events)).containsExactly(
                    "2024-01-02 O-1 submitted",
                    "2024-01-03 O-1 accepted",
                    "2024-01-03 O-1 filled BUY 10 @ 9.7");
        }

        @Test
        void onIntradayBarsADayOrderExpiresAfterTheLastBarOfItsUtcDate() {
            // Given hourly bars of a 24-hour market and a DAY limit buy at 9.5 placed at 21:00 (it arrives at 22:00)
            BarSeries bars = Bars.table(Bars.ACME, BarSpec.HOUR_1, """
                    2024-01-02T21:00 O=10  H=10.1 L=9.9 C=10
                    2024-01-02T22:00 O=10  H=10.1 L=9.8 C=9.9
                    2024-01-02T23:00 O=9.9 H=10   L=9.7 C=9.8
                    2024-01-03T00:00 O=9.8 H=9.9  L=9.4 C=9.5
                    """);
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02T21:00", x -> x.place(limitBuy(10, "9.5")
                    .withTimeInForce(TimeInForce.DAY)));

            // When Jan 3 00:00 trades through the limit
            BacktestResult r = Backtests.run(BacktestConfig.defaults(), bars, s);

            // Then it had expired with the 23:00 bar, the last one of Jan 2 (23:00 + 1h reaches Jan 3)
            assertThat(EventText.of(s.events)).containsExactly(
                    "2024-01-02T21:00 O-1 submitted",
                    "2024-01-02T22:00 O-1 accepted",
                    "2024-01-02T23:00 O-1 canceled: expired (DAY)");
            assertThat(r.fills()).isEmpty();
        }

        @Test
        void whenTheSessionEndsBeforeMidnightTheExpiryIsSeenAtTheNextSessionsFirstBarBeforeMatching() {
            // Given hourly bars of an equity session (last bar 20:00 UTC) and a DAY limit buy at 9.5 placed at 19:00
            BarSeries bars = Bars.table(Bars.ACME, BarSpec.HOUR_1, """
                    2024-01-02T19:00 O=10  H=10.1 L=9.9 C=10
                    2024-01-02T20:00 O=10  H=10.1 L=9.8 C=9.9
                    2024-01-03T15:00 O=9.6 H=9.7  L=9.3 C=9.4
                    """);
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02T19:00", x -> x.place(limitBuy(10, "9.5")
                    .withTimeInForce(TimeInForce.DAY)));

            BacktestResult r = Backtests.run(BacktestConfig.defaults(), bars, s);

            // Then (no exchange calendar yet) it is canceled when Jan 3's first bar arrives, before that bar is matched
            assertThat(EventText.of(s.events)).containsExactly(
                    "2024-01-02T19:00 O-1 submitted",
                    "2024-01-02T20:00 O-1 accepted",
                    "2024-01-03T15:00 O-1 canceled: expired (DAY)");
            assertThat(r.fills()).isEmpty();
        }
    }

    @Nested
    class ImmediateOrCancel {
        @Test
        void anIocLimitThatTheArrivalBarDoesNotReachIsCanceled() {
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.place(limitBuy(10, "9.5")
                    .withTimeInForce(TimeInForce.IOC)));
            BacktestResult r = Backtests.run(BacktestConfig.defaults(), Bars.table(DAILY), s);
            assertThat(EventText.of(s.events)).containsExactly(
                    "2024-01-02 O-1 submitted",
                    "2024-01-03 O-1 accepted",
                    "2024-01-03 O-1 canceled: IOC: 10 of 10 not filled on arrival");
            assertThat(r.fills()).isEmpty();
        }

        @Test
        void anIocFillsWhatTheBarsVolumeAllowsAndCancelsTheRest() {
            // Given at most 10% of each bar's volume (1000 -> 100 shares) and an IOC market buy of 250
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.place(OrderRequest.market(BUY, Quantity.of(250))
                    .withTimeInForce(TimeInForce.IOC)));

            BacktestResult r = Backtests.run(cappedAt(0.1), Bars.table(DAILY), s);

            // Then 100 fill at Jan 3's open and 150 are canceled at once
            assertThat(EventText.of(s.events)).containsExactly(
                    "2024-01-02 O-1 submitted",
                    "2024-01-03 O-1 accepted",
                    "2024-01-03 O-1 filled BUY 100 @ 10",
                    "2024-01-03 O-1 canceled: IOC: 150 of 250 not filled on arrival");
            assertThat(s.ticket(0).status()).isEqualTo(OrderStatus.CANCELED);
            assertThat(r.portfolio().position(Bars.ACME).quantityRaw()).isEqualTo(raw("100"));
        }
    }

    @Nested
    class FillOrKill {
        @Test
        void aFokThatTheVolumeCapCannotFillEntirelyIsCanceledWithoutAnyFill() {
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.place(OrderRequest.market(BUY, Quantity.of(250))
                    .withTimeInForce(TimeInForce.FOK)));
            BacktestResult r = Backtests.run(cappedAt(0.1), Bars.table(DAILY), s);
            assertThat(EventText.of(s.events)).containsExactly(
                    "2024-01-02 O-1 submitted",
                    "2024-01-03 O-1 accepted",
                    "2024-01-03 O-1 canceled: FOK: only 100 of 250 could fill on this bar (volume cap)");
            assertThat(r.fills()).isEmpty();
        }

        @Test
        void aFokThatFitsFillsEntirely() {
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.place(OrderRequest.market(BUY, Quantity.of(100))
                    .withTimeInForce(TimeInForce.FOK)));
            Backtests.run(cappedAt(0.1), Bars.table(DAILY), s);
            assertThat(EventText.of(s.events)).endsWith("2024-01-03 O-1 filled BUY 100 @ 10");
            assertThat(s.ticket(0).status()).isEqualTo(OrderStatus.FILLED);
        }

        @Test
        void aFokLimitThatTheArrivalBarDoesNotReachIsCanceled() {
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.place(limitBuy(10, "9.5")
                    .withTimeInForce(TimeInForce.FOK)));
            BacktestResult r = Backtests.run(BacktestConfig.defaults(), Bars.table(DAILY), s);
            assertThat(EventText.of(s.events)).endsWith("2024-01-03 O-1 canceled: FOK: 10 of 10 not filled on arrival");
            assertThat(r.fills()).isEmpty();
        }
    }

    @Nested
    class GoodTillDate {
        @Test
        void aGtdOrderWorksThroughTheBarInWhichItsExpiryFallsThenExpires() {
            // Given a limit buy at 9.5 good till 2024-01-04 00:00 UTC (inside Jan 4's daily bar)
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.place(limitBuy(10, "9.5")
                    .goodTill(ts("2024-01-04"))));

            BacktestResult r = Backtests.run(BacktestConfig.defaults(), Bars.table("""
                    2024-01-02 O=10  H=10.2 L=9.9 C=10
                    2024-01-03 O=10  H=10.2 L=9.6 C=9.8
                    2024-01-04 O=9.8 H=10   L=9.6 C=9.7
                    2024-01-05 O=9.6 H=9.8  L=9.2 C=9.4
                    """), s);

            // Then it works on Jan 3 and Jan 4, expires after Jan 4, and Jan 5's low of 9.2 buys nothing
            assertThat(EventText.of(s.events)).containsExactly(
                    "2024-01-02 O-1 submitted",
                    "2024-01-03 O-1 accepted",
                    "2024-01-04 O-1 canceled: expired (GTD 2024-01-04T00:00:00Z)");
            assertThat(r.fills()).isEmpty();
        }

        @Test
        void aGtdOrderFillsBeforeItsExpiry() {
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.place(limitBuy(10, "9.5")
                    .goodTill(ts("2024-01-04"))));
            Backtests.run(BacktestConfig.defaults(), Bars.table(DAILY), s);
            assertThat(EventText.of(s.events)).endsWith("2024-01-04 O-1 filled BUY 10 @ 9.5");
        }

        @Test
        void aGtdOrderWhoseExpiryPassedBeforeItReachedTheVenueIsCanceledUnaccepted() {
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.place(limitBuy(10, "10.5")
                    .goodTill(ts("2024-01-02T12:00"))));
            BacktestResult r = Backtests.run(BacktestConfig.defaults(), Bars.table(DAILY), s);
            assertThat(EventText.of(s.events)).containsExactly(
                    "2024-01-02 O-1 submitted",
                    "2024-01-03 O-1 canceled: expired (GTD 2024-01-02T12:00:00Z)");
            assertThat(r.fills()).isEmpty();
        }
    }
}
