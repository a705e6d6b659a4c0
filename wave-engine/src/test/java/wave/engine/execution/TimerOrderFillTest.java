package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.engine.testkit.Bars.ts;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.calendar.ExchangeCalendars;
import wave.domain.market.Bar;
import wave.domain.market.BarLabel;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;
import wave.domain.money.Quantity;
import wave.domain.order.OrderFilled;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.strategy.Strategy;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;

/**
 * An order sent by a timer between two data steps fills only on a bar that started at or after it was sent: at the
 * open of the first such bar, never at a price from before the timer's time. Orders placed while a bar is handled keep
 * filling at the next bar's open.
 */
class TimerOrderFillTest {
    /** One-minute bars labelled by their start, opening at 9, 10, ..., 14 (a strategy may trade from its first bar on). */
    private static final BarSeries MINUTES = Bars.table(Bars.ACME, BarSpec.MINUTE_1, """
            2024-03-12T13:29 O=9 H=9 L=9 C=9
            2024-03-12T13:30 O=10 H=10 L=10 C=10
            2024-03-12T13:31 O=11 H=11 L=11 C=11
            2024-03-12T13:32 O=12 H=12 L=12 C=12
            2024-03-12T13:33 O=13 H=13 L=13 C=13
            2024-03-12T13:34 O=14 H=14 L=14 C=14
            """);

    @Test
    void anOrderSentInsideABarFillsAtTheNextBarsOpen() {
        // sent at 13:31:30, inside the 13:31 bar (open 11, traded from 13:31): the 13:32 bar's open, 12
        assertThat(timerBuy(Backtests.withCash("100000"), MINUTES, "2024-03-12T13:31:30")).containsExactly("13:32 10@12");
    }

    @Test
    void anOrderSentAtABarsStartFillsAtThatBarsOpen() {
        // 13:31 is when the 13:30 bar became known and the 13:31 bar starts: the timer fires before the 13:30 bar is
        // matched, yet its order takes the 13:31 bar's open, 11, not the 13:30 bar's 10
        assertThat(timerBuy(Backtests.withCash("100000"), MINUTES, "2024-03-12T13:31")).containsExactly("13:31 10@11");
    }

    @Test
    void endLabelledBarsStartOneBarLengthBeforeTheirLabel() {
        // the same prices labelled by their ends: the bar labelled 13:33 traded 13:32-13:33 and opened at 13
        BarSeries ends = MINUTES.withLabel(BarLabel.END);

        // sent at 13:32:30, after that bar started: the bar labelled 13:34 (from 13:33), open 14
        assertThat(timerBuy(Backtests.withCash("100000"), ends, "2024-03-12T13:32:30")).containsExactly("13:34 10@14");
        // sent at 13:32, when the bar labelled 13:32 became known: the bar labelled 13:33, open 13
        assertThat(timerBuy(Backtests.withCash("100000"), ends, "2024-03-12T13:32")).containsExactly("13:33 10@13");
    }

    @Test
    void latencyCountsFromTheFirstBarThatStartedAfterTheOrder() {
        BacktestConfig oneBarLate = Backtests.withCash("100000")
                .withExecution(ExecutionConfig.defaults().withLatencyBars(1));

        // first bar starting after 13:31:30 is 13:32; one bar of latency: the 13:33 bar's open, 13
        assertThat(timerBuy(oneBarLate, MINUTES, "2024-03-12T13:31:30")).containsExactly("13:33 10@13");
    }

    @Test
    void aDailyBarTakesAnOrderSentBeforeTheSessionOpensButNotOneSentAfter() {
        // NYSE daily bars (known at 21:00 UTC); the session of 2024-01-03 opens at 14:30 UTC
        BarSeries days = Bars.table(Bars.ACME, """
                2024-01-02 O=20 H=20 L=20 C=20
                2024-01-03 O=21 H=21 L=21 C=21
                2024-01-04 O=22 H=22 L=22 C=22
                """);
        BacktestConfig nyse = Backtests.withCash("100000")
                .withExecution(ExecutionConfig.defaults().withCalendar(ExchangeCalendars.nyse()));

        assertThat(timerBuy(nyse, days, "2024-01-03T14:00")).containsExactly("00:00 10@21");
        assertThat(timerBuy(nyse, days, "2024-01-03T15:00")).containsExactly("00:00 10@22");
        assertThat(fillDates(nyse, days, "2024-01-03T15:00")).containsExactly(ts("2024-01-04"));
    }

    @Test
    void anOrderPlacedWhileABarIsHandledStillFillsAtTheNextOpen() {
        Strategy<?> buyer = new TimedBuyer() {
            @Override
            protected void onBar(Bar bar) {
                if (bar.tsNanos() == ts("2024-03-12T13:30")) {
                    buyNow();
                }
            }
        };
        List<OrderFilled> fills = Backtests.run(Backtests.withCash("100000"), MINUTES, buyer).fills();

        assertThat(fills).extracting(f -> FixedPoint.formatPrice(f.priceRaw())).containsExactly("11");
        assertThat(fills).extracting(OrderFilled::tsNanos).containsExactly(ts("2024-03-12T13:31"));
    }

    /** The fills of a buy of 10 a timer sends at {@code at} (UTC), as "HH:MM quantity@price" of their labels. */
    private static List<String> timerBuy(BacktestConfig config, BarSeries bars, String at) {
        return run(config, bars, at).stream().map(f -> clock(f.tsNanos()) + " " + FixedPoint.formatQuantity(f.quantityRaw())
                + "@" + FixedPoint.formatPrice(f.priceRaw())).toList();
    }

    private static List<Long> fillDates(BacktestConfig config, BarSeries bars, String at) {
        return run(config, bars, at).stream().map(OrderFilled::tsNanos).toList();
    }

    private static List<OrderFilled> run(BacktestConfig config, BarSeries bars, String at) {
        TimedBuyer buyer = new TimedBuyer();
        Backtest backtest = new Backtest(config, List.of(bars), "test", id -> buyer, true);
        backtest.kernel().scheduleCallback(ts(at), due -> buyer.buyNow());
        return backtest.run().fills();
    }

    private static String clock(long nanos) {
        return Instant.ofEpochSecond(nanos / 1_000_000_000L).toString().substring(11, 16);
    }

    /** Buys 10 when told to (from a timer). */
    static class TimedBuyer extends Strategy<TimedBuyer.Params> {
        TimedBuyer() {
            super(new Params());
        }

        void buyNow() {
            buy(Quantity.of(10));
        }

        record Params() {
        }
    }
}
