package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.domain.order.OrderSide.BUY;
import static wave.domain.order.OrderSide.SELL;
import static wave.engine.testkit.Backtests.raw;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import wave.domain.order.OrderStatus;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.order.BracketTicket;
import wave.engine.order.OrderTicket;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.EventText;
import wave.engine.testkit.ScriptedStrategy;

/** One-cancels-other groups and brackets (entry, then a stop-loss and a take-profit once it fills). */
class OcoAndBracketScenarioTest {
    static final String BARS = """
            2024-01-01 O=10  H=10   L=10  C=10
            2024-01-02 O=10  H=10.5 L=9.8 C=10.2
            2024-01-03 O=10  H=10.1 L=8.5 C=8.8
            2024-01-04 O=8.8 H=9    L=8.6 C=8.9
            2024-01-05 O=8.9 H=16   L=8.9 C=15.5
            """;

    static BacktestConfig cappedAt(double participation) {
        return BacktestConfig.defaults().withExecution(ExecutionConfig.defaults().withMaxVolumeParticipation(participation));
    }

    @Nested
    class OneCancelsOther {
        @Test
        void whenTheStopLossFillsTheLinkedTakeProfitIsCanceled() {
            // Given a long of 10 and, linked one-cancels-other, a take-profit at 15 and a stop-loss at 9
            ScriptedStrategy s = new ScriptedStrategy()
                    .on("2024-01-01", x -> x.marketBuy(10))
                    .on("2024-01-02", x -> x.link(x.limitOrder(SELL, 10, "15"), x.stopOrder(SELL, 10, "9")));

            // When Jan 3 trades down to 8.5 and Jan 5 up to 16
            BacktestResult r = Backtests.run(BacktestConfig.defaults(), Bars.table(BARS), s);

            // Then the stop sells at 9 and the take-profit is canceled on the same bar: the rally sells nothing
            assertThat(EventText.of(s.events)).endsWith(
                    "2024-01-03 O-3 filled SELL 10 @ 9",
                    "2024-01-03 O-2 canceled: OCO: O-3 filled");
            assertThat(r.fills()).hasSize(2);
            assertThat(r.portfolio().cashRaw()).isEqualTo(raw("99990"));
        }

        @Test
        void aPartialFillAlsoCancelsTheOthers() {
            // Given 10% of each bar's volume (100 shares), a dip buy of 150 at 9 linked with a breakout buy of 150 at 11
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.link(x.limitOrder(BUY, 150, "9"),
                    x.stopOrder(BUY, 150, "11")));

            BacktestResult r = Backtests.run(cappedAt(0.1), Bars.table(BARS), s);

            // Then Jan 3 buys 100 of the dip order, which cancels the breakout; the dip order's rest fills on Jan 4
            assertThat(EventText.of(s.events)).containsExactly(
                    "2024-01-02 O-1 submitted",
                    "2024-01-02 O-2 submitted",
                    "2024-01-03 O-1 accepted",
                    "2024-01-03 O-2 accepted",
                    "2024-01-03 O-1 filled BUY 100 @ 9",
                    "2024-01-03 O-2 canceled: OCO: O-1 filled",
                    "2024-01-04 O-1 filled BUY 50 @ 8.8");
            assertThat(r.portfolio().position(Bars.ACME).quantityRaw()).isEqualTo(raw("150"));
        }

        @Test
        void onlyWorkingUnfilledOrdersOutsideAnyOtherGroupCanBeLinked() {
            List<RuntimeException> errors = new ArrayList<>();
            ScriptedStrategy s = new ScriptedStrategy()
                    .on("2024-01-01", x -> x.marketBuy(10))
                    .on("2024-01-02", x -> {
                        OrderTicket limit = x.limitOrder(SELL, 10, "15");
                        for (Runnable link : List.<Runnable>of(() -> x.link(limit), () -> x.link(limit, limit),
                                () -> x.link(limit, x.ticket(0)))) {
                            try {
                                link.run();
                            } catch (RuntimeException e) {
                                errors.add(e);
                            }
                        }
                    });
            Backtests.run(BacktestConfig.defaults(), Bars.table(BARS), s);
            assertThat(errors).extracting(Throwable::getMessage).containsExactly(
                    "an OCO group needs at least two distinct orders, got [O-2 SELL 10 ACME.SIM LIMIT [SUBMITTED]]",
                    "an OCO group needs at least two distinct orders, got [O-2 SELL 10 ACME.SIM LIMIT [SUBMITTED], "
                            + "O-2 SELL 10 ACME.SIM LIMIT [SUBMITTED]]",
                    "cannot link O-1 BUY 10 ACME.SIM MARKET [FILLED] one-cancels-other: it must be working, unfilled and in "
                            + "no other group");
        }
    }

    @Nested
    class Brackets {
        @Test
        void theExitsAreSentWhenTheEntryFillsAndTheStopLossCancelsTheTakeProfit() {
            // Given a bracket placed on Jan 1: buy 10 at market, stop-loss 9, take-profit 12
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-01", x -> x.bracketOrder(BUY, 10, null, "9", "12"));

            // When the entry fills at Jan 2's open and Jan 3 trades down to 8.5
            BacktestResult r = Backtests.run(BacktestConfig.defaults(), Bars.table(BARS), s);

            // Then the exits are sent with the fill, work from Jan 3, and the stop-loss sells at 9
            assertThat(EventText.of(s.events)).containsExactly(
                    "2024-01-01 O-1 submitted",
                    "2024-01-02 O-1 accepted",
                    "2024-01-02 O-1 filled BUY 10 @ 10",
                    "2024-01-02 O-2 submitted",
                    "2024-01-02 O-3 submitted",
                    "2024-01-03 O-2 accepted",
                    "2024-01-03 O-3 accepted",
                    "2024-01-03 O-2 filled SELL 10 @ 9",
                    "2024-01-03 O-3 canceled: OCO: O-2 filled");
            assertThat(r.trades()).singleElement().extracting(t -> t.grossPnlRaw()).isEqualTo(raw("-10"));
        }

        @Test
        void theTakeProfitFillsAndCancelsTheStopLoss() {
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-01", x -> x.bracketOrder(BUY, 10, null, "8", "15"));
            BacktestResult r = Backtests.run(BacktestConfig.defaults(), Bars.table(BARS), s);
            assertThat(EventText.of(s.events)).endsWith(
                    "2024-01-05 O-3 filled SELL 10 @ 15",
                    "2024-01-05 O-2 canceled: OCO: O-3 filled");
            assertThat(r.trades()).singleElement().extracting(t -> t.grossPnlRaw()).isEqualTo(raw("50"));
        }

        @Test
        void whenTheEntryIsCanceledUnfilledTheWaitingExitsAreCanceledToo() {
            // Given a bracket with a limit entry at 8 that the strategy cancels on Jan 3
            ScriptedStrategy s = new ScriptedStrategy()
                    .on("2024-01-01", x -> x.bracketOrder(BUY, 10, "8", "7", "12"))
                    .on("2024-01-03", x -> x.cancelOrder(x.ticket(0)));

            BacktestResult r = Backtests.run(BacktestConfig.defaults(), Bars.table(BARS), s);

            // Then the exits, never sent, end with it
            assertThat(EventText.of(s.events)).containsExactly(
                    "2024-01-01 O-1 submitted",
                    "2024-01-02 O-1 accepted",
                    "2024-01-03 O-1 canceled: canceled by strategy",
                    "2024-01-03 O-2 canceled: bracket: entry O-1 canceled",
                    "2024-01-03 O-3 canceled: bracket: entry O-1 canceled");
            assertThat(r.fills()).isEmpty();
        }

        @Test
        void theExitsFollowTheEntrysPartialFillsAndATriggeredStopSellsItsRestAtTheNextOpen() {
            // Given 10% of each bar's volume (100 shares) and a bracket buying 150 at market, stop-loss 9, take-profit 12
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-01", x -> x.bracketOrder(BUY, 150, null, "9", "12"));

            BacktestResult r = Backtests.run(cappedAt(0.1), Bars.table(BARS), s);

            // Then the exits are sent for 100, grow to 150 with the second fill, and the stop-loss sells 50 on Jan 3
            // (the 50 shares of volume left) and, triggered, the other 100 at Jan 4's open
            assertThat(EventText.of(s.events)).containsExactly(
                    "2024-01-01 O-1 submitted",
                    "2024-01-02 O-1 accepted",
                    "2024-01-02 O-1 filled BUY 100 @ 10",
                    "2024-01-02 O-2 submitted",
                    "2024-01-02 O-3 submitted",
                    "2024-01-03 O-1 filled BUY 50 @ 10",
                    "2024-01-03 O-2 updated to 150 stop 9",
                    "2024-01-03 O-3 updated to 150 limit 12",
                    "2024-01-03 O-2 accepted",
                    "2024-01-03 O-3 accepted",
                    "2024-01-03 O-2 filled SELL 50 @ 9",
                    "2024-01-03 O-3 canceled: OCO: O-2 filled",
                    "2024-01-04 O-2 filled SELL 100 @ 8.8");
            assertThat(r.portfolio().position(Bars.ACME).quantityRaw()).isZero();
        }

        @Test
        void whenAnExitFillsWhatIsLeftOfTheEntryIsCanceled() {
            // Given 10% of each bar's volume and a bracket buying 150 with a limit at 10, stop-loss 9, take-profit 10.4
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-01", x -> x.bracketOrder(BUY, 150, "10", "9", "10.4"));

            // When Jan 2 fills 100 of the entry and Jan 3 opens at 10.5, above the take-profit and the entry's limit
            BacktestResult r = Backtests.run(cappedAt(0.1), Bars.table("""
                    2024-01-01 O=10   H=10   L=10   C=10
                    2024-01-02 O=10   H=10.2 L=9.9  C=10.1
                    2024-01-03 O=10.5 H=10.6 L=10.3 C=10.4
                    2024-01-04 O=10.2 H=10.3 L=9.5  C=9.6
                    """), s);

            // Then the take-profit sells the 100 at the open, canceling the stop-loss and the entry's other 50
            assertThat(EventText.of(s.events)).endsWith(
                    "2024-01-03 O-3 filled SELL 100 @ 10.5",
                    "2024-01-03 O-2 canceled: OCO: O-3 filled",
                    "2024-01-03 O-1 canceled: bracket: O-3 filled");
            assertThat(r.fills()).hasSize(2);
        }

        @Test
        void whenABarReachesBothExitsTheOneAtTheOpenWinsElseTheStopLoss() {
            // Jan 3 opens inside the bracket and reaches both 9 and 12: the path is unknown, the stop-loss is assumed
            ScriptedStrategy inside = new ScriptedStrategy().on("2024-01-01", x -> x.bracketOrder(BUY, 10, null, "9", "12"));
            Backtests.run(BacktestConfig.defaults(), Bars.table("""
                    2024-01-01 O=10 H=10   L=10  C=10
                    2024-01-02 O=10 H=10.5 L=9.8 C=10.2
                    2024-01-03 O=10 H=12.5 L=8.5 C=11
                    """), inside);
            assertThat(EventText.of(inside.events)).endsWith("2024-01-03 O-2 filled SELL 10 @ 9",
                    "2024-01-03 O-3 canceled: OCO: O-2 filled");

            // Jan 3 opens above the take-profit: it fills first, at the open, whatever the bar does next
            ScriptedStrategy gap = new ScriptedStrategy().on("2024-01-01", x -> x.bracketOrder(BUY, 10, null, "9", "12"));
            Backtests.run(BacktestConfig.defaults(), Bars.table("""
                    2024-01-01 O=10   H=10   L=10  C=10
                    2024-01-02 O=10   H=10.5 L=9.8 C=10.2
                    2024-01-03 O=12.2 H=12.5 L=8.5 C=11
                    """), gap);
            assertThat(EventText.of(gap.events)).endsWith("2024-01-03 O-3 filled SELL 10 @ 12.2",
                    "2024-01-03 O-2 canceled: OCO: O-3 filled");
        }

        @Test
        void aBracketNeedsItsStopLossAndTakeProfitOnEitherSideOfTheEntry() {
            List<RuntimeException> errors = new ArrayList<>();
            ScriptedStrategy s = new ScriptedStrategy().on("2024-01-01", x -> {
                try {
                    x.bracketOrder(BUY, 10, "10", "11", "12");
                } catch (RuntimeException e) {
                    errors.add(e);
                }
                BracketTicket ok = x.bracketOrder(SELL, 10, "10", "11", "9");
                assertThat(ok.stopLoss().side()).isEqualTo(BUY);
                assertThat(ok.stopLoss().status()).isEqualTo(OrderStatus.INITIALIZED);
            });
            Backtests.run(BacktestConfig.defaults().withAllowShort(true), Bars.table(BARS), s);
            assertThat(errors).singleElement().extracting(Throwable::getMessage).isEqualTo("bracket BUY limit 10: stop-loss 11 "
                    + "and take-profit 12 must be positive, with the stop-loss below the take-profit and the entry limit between them");
        }
    }
}
