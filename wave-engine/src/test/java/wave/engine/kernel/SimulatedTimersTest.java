package wave.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.engine.testkit.Bars.ts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.calendar.ExchangeCalendars;
import wave.domain.market.Bar;
import wave.domain.market.BarSpec;
import wave.engine.backtest.BacktestConfig;
import wave.engine.clock.SimulatedClock;
import wave.engine.clock.Timer;
import wave.engine.strategy.Strategy;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;

/** Timers on the backtest clock fire in time order before the data step they precede, at their own time. */
class SimulatedTimersTest {
    @Test
    void dueTimersFireInTimeOrderWithTheClockAtTheirDueTimeThenTheClockMovesToTheStep() {
        SimulatedClock clock = new SimulatedClock();
        List<String> fired = new ArrayList<>();
        // due before the data starts: fires once at the first step, then every 7 from there
        Timer early = clock.schedule(-50, 7, due -> fired.add("early@" + due + " now=" + clock.nowNanos()));
        clock.onDataStep(0, 0);
        assertThat(fired).containsExactly("early@-50 now=0");
        early.cancel();
        fired.clear();

        clock.schedule(30, 0, due -> fired.add("once@" + due + " now=" + clock.nowNanos()));
        Timer every = clock.schedule(10, 10, due -> fired.add("every@" + due + " now=" + clock.nowNanos()));
        clock.schedule(20, 0, due -> fired.add("tie@" + due));

        clock.onDataStep(25, 25);
        // simulated time loses no period: 10 and 20 both fire; at 20 the earlier-scheduled timer goes first
        assertThat(fired).containsExactly("every@10 now=10", "every@20 now=20", "tie@20");
        assertThat(clock.nowNanos()).isEqualTo(25);
        every.cancel();
        clock.onDataStep(100, 100);
        assertThat(fired).containsExactly("every@10 now=10", "every@20 now=20", "tie@20", "once@30 now=30");
        assertThat(clock.nextTimerNanos()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aStrategyScheduledTenMinutesBeforeTheNyseCloseRunsAt1550NewYorkEveryTradingDay() {
        List<Long> at = new ArrayList<>();
        Strategy<SimulatedTimersTest.Params> s = new Strategy<>(new Params()) {
            @Override
            protected void onStart() {
                scheduleBeforeClose(Duration.ofMinutes(10), () -> at.add(nowNanos()));
            }

            @Override
            protected void onBar(Bar bar) {
            }
        };
        // hourly bars, each handled when it ends; 2024-07-03 is a half day (close 13:00 New York, 17:00 UTC in summer)
        StringBuilder table = new StringBuilder();
        for (String day : List.of("2024-07-01", "2024-07-02", "2024-07-03", "2024-07-05", "2024-07-08")) {
            for (int hour = 13; hour <= 20; hour++) {
                table.append(day).append('T').append(hour).append(":30 O=10 H=10 L=10 C=10\n");
            }
        }
        BacktestConfig config = BacktestConfig.defaults()
                .withExecution(BacktestConfig.defaults().execution().withCalendar(ExchangeCalendars.nyse()));
        Backtests.run(config, Bars.table(Bars.ACME, BarSpec.HOUR_1, table.toString()), s);

        assertThat(at).containsExactly(ts("2024-07-01T19:50"), ts("2024-07-02T19:50"), ts("2024-07-03T16:50"),
                ts("2024-07-05T19:50"), ts("2024-07-08T19:50"));
    }

    record Params() {
    }
}
