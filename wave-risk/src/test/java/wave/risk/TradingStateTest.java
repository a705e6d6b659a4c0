package wave.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.risk.RiskTests.outcome;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.calendar.ExchangeCalendars;
import wave.engine.kernel.inbound.Command;

/**
 * The trading state machine: every transition, the breakers that drive it, their automatic actions and resumes. 100
 * AAPL bought at 100 on an account of 100,000 USD; each day's close is marked, then the engine sees the step.
 */
class TradingStateTest {
    final TestBook book = new TestBook("100000").hold("AAPL", 100, "100");
    final FakeActions actions = new FakeActions();
    final List<String> events = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    RiskEngine engine(RiskKeys keys) {
        RiskEngine engine = new RiskEngine(keys.build(), book.portfolio, ExchangeCalendars.nyse(), RiskTests.SECTORS,
                AverageVolume.NONE, actions);
        actions.engine = engine;
        engine.addListener(new RiskListener() {
            @Override
            public void onStateChanged(TradingStateChanged e) {
                events.add(e.from() + " -> " + e.to() + " by " + e.who() + ": " + e.reason());
            }

            @Override
            public void onWarning(long tsNanos, String message) {
                warnings.add(message);
            }
        });
        return engine;
    }

    void close(RiskEngine risk, String day, String price) {
        book.mark("AAPL", price);
        book.nowNanos = TestBook.nanos(day + "T21:00:00Z");
        actions.fireUntil(book.nowNanos);
        actions.nowNanos = book.nowNanos;
        risk.onStep(book.nowNanos);
    }

    static RiskKeys breaker(String name, Object threshold, String trip, String action, String resume) {
        return new RiskKeys().set("breakers." + name + ".threshold", threshold).set("breakers." + name + ".trip", trip)
                .set("breakers." + name + ".action", action).set("breakers." + name + ".resume", resume);
    }

    @Test
    void theKillCommandHaltsAndOnlyAResetResumes() {
        RiskEngine risk = engine(new RiskKeys());
        close(risk, "2024-01-08", "100");
        actions.apply(new Command.HaltTrading("alice", "news"));
        close(risk, "2024-01-09", "100");
        close(risk, "2024-01-16", "100");
        assertThat(risk.state()).as("days and weeks pass, still halted").isEqualTo(TradingState.HALTED);

        actions.apply(new Command.ResumeTrading("bob", "news digested"));

        assertThat(risk.state()).isEqualTo(TradingState.ACTIVE);
        assertThat(events).containsExactly("ACTIVE -> HALTED by alice: news", "HALTED -> ACTIVE by bob: news digested");
        assertThat(risk.transitions()).extracting(TradingStateChanged::tsNanos)
                .containsExactly(TestBook.nanos("2024-01-08T21:00:00Z"), TestBook.nanos("2024-01-16T21:00:00Z"));
    }

    @Test
    void anyComponentCanTripTheBreaker() {
        RiskEngine risk = engine(new RiskKeys());

        risk.trip("llm-advisor", "signal source decaying: hit rate 38% over 50 signals");

        assertThat(risk.state()).isEqualTo(TradingState.HALTED);
        assertThat(events).containsExactly("ACTIVE -> HALTED by llm-advisor: signal source decaying: hit rate 38% over 50 signals");
    }

    @Test
    void reduceOnlyCommandsMoveBetweenActiveAndReducing() {
        RiskEngine risk = engine(new RiskKeys());

        actions.apply(new Command.ReduceOnly(null, true));
        actions.apply(new Command.HaltTrading("alice", "kill"));
        actions.apply(new Command.ResumeTrading("alice", "ok"));
        actions.apply(new Command.ReduceOnly(null, false));

        assertThat(events).containsExactly("ACTIVE -> REDUCING by reduce-only command: reduce-only on",
                "REDUCING -> HALTED by alice: kill", "HALTED -> REDUCING by alice: ok",
                "REDUCING -> ACTIVE by reduce-only command: reduce-only off");
    }

    @Test
    void dailyLossBreakerHaltsCancelsAndResumesTheNextDay() {
        RiskEngine risk = engine(breaker("daily_loss", 5, "halted", "cancel-orders", "next-day"));
        close(risk, "2024-01-08", "100");
        close(risk, "2024-01-09", "94");   // equity 99,400: 0.6%
        close(risk, "2024-01-10", "40");   // equity 94,000: 5.43% of 99,400

        assertThat(risk.state()).isEqualTo(TradingState.HALTED);
        assertThat(actions.log).containsExactly(
                "HaltTrading[who=breaker:daily_loss, reason=the day's loss is 5.43%, threshold 5]",
                "CancelAll[reason=breaker:daily_loss: the day's loss is 5.43%, threshold 5]",
                "at " + (TestBook.nanos("2024-01-10T21:00:00Z") + 1)
                        + ": ResumeTrading[who=breaker:daily_loss, reason=resume = next-day: a new trading day began]");

        close(risk, "2024-01-11", "40");
        assertThat(risk.state()).isEqualTo(TradingState.ACTIVE);
        assertThat(events).containsExactly("ACTIVE -> HALTED by breaker:daily_loss: the day's loss is 5.43%, threshold 5",
                "HALTED -> ACTIVE by breaker:daily_loss: resume = next-day: a new trading day began");
    }

    @Test
    void aManualHaltWithdrawsTheBreakersAutomaticResume() {
        RiskEngine risk = engine(breaker("daily_loss", 5, "halted", "none", "next-day"));
        close(risk, "2024-01-08", "100");
        close(risk, "2024-01-09", "40");
        actions.apply(new Command.ResumeTrading("alice", "looked at it"));
        actions.apply(new Command.HaltTrading("alice", "still worried"));

        close(risk, "2024-01-10", "40");

        assertThat(risk.state()).isEqualTo(TradingState.HALTED);
        assertThat(events).last().isEqualTo("ACTIVE -> HALTED by alice: still worried");
    }

    @Test
    void weeklyLossBreakerReducesEveryPositionAndWaitsForTheNextWeek() {
        RiskEngine risk = engine(breaker("weekly_loss", 5, "reducing", "reduce", "next-week")
                .set("breakers.weekly_loss.reduce_fraction", 0.5));
        close(risk, "2024-01-08", "100");
        close(risk, "2024-01-09", "70");   // 3%
        close(risk, "2024-01-10", "40");   // 6% of the week's 100,000

        assertThat(risk.state()).isEqualTo(TradingState.REDUCING);
        assertThat(actions.log).containsExactly("ReduceOnly[strategy=null, on=true]",
                "CancelAll[reason=breaker:weekly_loss: the week's loss is 6.00%, threshold 5]", "reduce positions by 0.5",
                "at " + (TestBook.nanos("2024-01-12T21:00:00Z") + 1) + ": ReduceOnly[strategy=null, on=false]");
        close(risk, "2024-01-12", "40");
        assertThat(risk.state()).isEqualTo(TradingState.REDUCING);
        close(risk, "2024-01-15", "40");
        assertThat(events).containsExactly("ACTIVE -> REDUCING by breaker:weekly_loss: the week's loss is 6.00%, threshold 5",
                "REDUCING -> ACTIVE by breaker:weekly_loss: resume = next-week: a new week began");
    }

    @Test
    void drawdownBreakerClosesEverythingAndWarnsFirst() {
        RiskEngine risk = engine(breaker("drawdown", 8, "halted", "close-all", "manual").set("drawdown_warning_pct", 3));
        close(risk, "2024-01-08", "100");
        close(risk, "2024-01-09", "150");   // peak 105,000
        close(risk, "2024-01-10", "110");   // 101,000: 3.81%
        close(risk, "2024-01-11", "110");
        assertThat(warnings).containsExactly("risk.drawdown_warning_pct: drawdown is 3.81%, warning level 3%");
        assertThat(risk.state()).isEqualTo(TradingState.ACTIVE);

        close(risk, "2024-01-12", "60");    // 96,000: 8.57%

        assertThat(risk.state()).isEqualTo(TradingState.HALTED);
        assertThat(actions.log).containsExactly("HaltTrading[who=breaker:drawdown, reason=drawdown is 8.57%, threshold 8]",
                "CancelAll[reason=breaker:drawdown: drawdown is 8.57%, threshold 8]", "reduce positions by 1.0");
        assertThat(actions.scheduled).as("manual resume: nothing scheduled").isEmpty();
    }

    @Test
    void lossStreakBreakerCountsLosingRoundTrips() {
        RiskEngine risk = engine(breaker("loss_streak", 2, "reducing", "none", "manual"));
        close(risk, "2024-01-08", "100");
        book.hold("AAPL", -100, "90");     // first loss
        close(risk, "2024-01-09", "90");
        assertThat(risk.state()).isEqualTo(TradingState.ACTIVE);
        book.hold("AAPL", 10, "90").hold("AAPL", -10, "80");   // second loss

        close(risk, "2024-01-10", "80");

        assertThat(events).containsExactly("ACTIVE -> REDUCING by breaker:loss_streak: 2 losing round trips in a row, threshold 2");
        assertThat(outcome(risk.check(book.market("AAPL", 1)))).as("the kernel's reduce-only denies, not the rules")
                .isEqualTo("accepted");
    }
}
