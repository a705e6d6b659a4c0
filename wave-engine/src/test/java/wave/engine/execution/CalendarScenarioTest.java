package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.domain.order.OrderSide.BUY;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.calendar.ExchangeCalendars;
import wave.domain.market.Bar;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.order.TimeInForce;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.order.OrderRequest;
import wave.engine.strategy.Strategy;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.EventText;
import wave.engine.testkit.ScriptedStrategy;

/** DAY orders end at the market's session close, and strategies can ask the calendar whether the market is open. */
class CalendarScenarioTest {
    /** Half-hour bars labelled by their start, UTC; NYSE trades 14:30-21:00 UTC in January (09:30-16:00 New York). */
    static final String JAN_2_2024 = """
            2024-01-02T14:00 O=10  H=10.1 L=9.9 C=10
            2024-01-02T14:30 O=10  H=10.1 L=9.9 C=10
            2024-01-02T20:00 O=10  H=10.1 L=9.9 C=10
            2024-01-02T20:30 O=10  H=10.1 L=9.8 C=9.9
            2024-01-02T21:00 O=9.9 H=10   L=9.4 C=9.5
            2024-01-03T14:30 O=9.6 H=9.7  L=9.3 C=9.4
            """;

    static final BarSpec THIRTY_MINUTES = BarSpec.parse("30m");

    static BacktestConfig on(wave.domain.calendar.TradingCalendar calendar) {
        return BacktestConfig.defaults().withExecution(ExecutionConfig.defaults().withCalendar(calendar));
    }

    static ScriptedStrategy dayLimitBuyAt2000(String limit) {
        return new ScriptedStrategy().on("2024-01-02T20:00", x -> x.place(
                OrderRequest.limit(BUY, Quantity.of(10), Price.of(limit)).withTimeInForce(TimeInForce.DAY)));
    }

    @Test
    void onNyseADayOrderExpiresAtTheFourOClockCloseEvenIfAfterHoursBarsTradeThroughIt() {
        // Given a DAY limit buy 10 at 9.5 placed at 20:00 UTC (it reaches the venue with the 20:30 bar)
        ScriptedStrategy s = dayLimitBuyAt2000("9.5");

        // When the 20:30 bar stays above 9.5 and the after-hours 21:00 bar trades down to 9.4
        BacktestResult r = Backtests.run(on(ExchangeCalendars.nyse()), Bars.table(Bars.ACME, THIRTY_MINUTES, JAN_2_2024), s);

        // Then the order ended with the session's last bar (20:30-21:00 UTC): nothing fills after hours
        assertThat(EventText.of(s.events)).containsExactly(
                "2024-01-02T20:00 O-1 submitted",
                "2024-01-02T20:30 O-1 accepted",
                "2024-01-02T20:30 O-1 canceled: expired (DAY)");
        assertThat(r.fills()).isEmpty();
    }

    @Test
    void onA24HourMarketTheSameOrderWorksUntilTheEndOfTheUtcDayAndFills() {
        ScriptedStrategy s = dayLimitBuyAt2000("9.5");

        BacktestResult r = Backtests.run(on(ExchangeCalendars.crypto()), Bars.table(Bars.ACME, THIRTY_MINUTES, JAN_2_2024), s);

        assertThat(EventText.of(s.events)).containsExactly(
                "2024-01-02T20:00 O-1 submitted",
                "2024-01-02T20:30 O-1 accepted",
                "2024-01-02T21:00 O-1 filled BUY 10 @ 9.5");
        assertThat(r.fills()).hasSize(1);
    }

    @Test
    void strategiesSeeWhetherTheMarketIsOpenAndWhenTheSessionCloses() {
        SessionProbe probe = new SessionProbe();

        Backtests.run(on(ExchangeCalendars.nyse()), Bars.table(Bars.ACME, THIRTY_MINUTES, JAN_2_2024), probe);

        // each half-hour bar is handled when it ends: at 14:30, 15:00, 20:30, 21:00 (the close: closed), 21:30, 15:00
        long close = Bars.ts("2024-01-02T21:00");
        assertThat(probe.open).containsExactly(true, true, true, false, false, true);
        assertThat(probe.closeNanos).containsExactly(close, close, close, close, Bars.ts("2024-01-03T21:00"),
                Bars.ts("2024-01-03T21:00"));
    }

    @Test
    void aHalfDaySessionClosesAtOneInTheAfternoonNewYorkTime() {
        SessionProbe probe = new SessionProbe();
        BarSeries dayAfterThanksgiving = Bars.table(Bars.ACME, THIRTY_MINUTES, """
                2024-11-29T15:00 O=10 H=10.1 L=9.9 C=10
                2024-11-29T18:00 O=10 H=10.1 L=9.9 C=10
                """);

        Backtests.run(on(ExchangeCalendars.nyse()), dayAfterThanksgiving, probe);

        // 13:00 in New York is 18:00 UTC in November
        assertThat(probe.open).containsExactly(true, false);
        assertThat(probe.closeNanos.getFirst()).isEqualTo(Bars.ts("2024-11-29T18:00"));
    }

    /** Records, on every bar, whether the market is open and when the session closes. */
    static final class SessionProbe extends Strategy<SessionProbe.Params> {
        record Params() {
        }

        final List<Boolean> open = new ArrayList<>();
        final List<Long> closeNanos = new ArrayList<>();

        SessionProbe() {
            super(new Params());
        }

        @Override
        protected void onBar(Bar bar) {
            open.add(isMarketOpen());
            closeNanos.add(sessionCloseNanos());
        }
    }
}
