package wave.engine.strategy;

import java.time.Duration;
import java.time.Instant;
import wave.domain.order.StrategyId;
import wave.engine.clock.Clock;
import wave.engine.clock.Timer;

/**
 * The scheduling helpers every kind of strategy offers, on the kernel's clock: once at a time, every period, and
 * every trading day some time before the session close in exchange time. Callbacks run on the kernel thread, and
 * what they throw counts as an error of the strategy.
 */
final class StrategySchedule {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final StrategyContext context;
    private final StrategyId id;

    StrategySchedule(StrategyContext context, StrategyId id) {
        this.context = context;
        this.id = id;
    }

    Timer at(long atNanos, Runnable action) {
        return context.schedule(id, atNanos, 0, scheduled -> action.run());
    }

    void every(Duration period, Runnable action) {
        long periodNanos = period.toNanos();
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("schedule period must be positive, got " + period);
        }
        whenClockStarted(() -> context.schedule(id, context.nowNanos() + periodNanos, periodNanos, scheduled -> action.run()));
    }

    void beforeClose(Duration beforeClose, Runnable action) {
        if (beforeClose.isNegative()) {
            throw new IllegalArgumentException("time before the close must be >= 0, got " + beforeClose);
        }
        whenClockStarted(() -> nextBeforeClose(context.nowNanos(), beforeClose.toNanos(), action));
    }

    /** Runs {@code action} now, or at the first data step when the backtest clock has not started yet. */
    private void whenClockStarted(Runnable action) {
        if (context.nowNanos() == Clock.NOT_STARTED) {
            context.schedule(id, Clock.NOT_STARTED + 1, 0, scheduled -> action.run());
        } else {
            action.run();
        }
    }

    private void nextBeforeClose(long afterNanos, long beforeNanos, Runnable action) {
        Instant after = Instant.ofEpochSecond(Math.floorDiv(afterNanos, NANOS_PER_SECOND), Math.floorMod(afterNanos, NANOS_PER_SECOND));
        Instant close = context.calendar().nextClose(after);
        long at = close.getEpochSecond() * NANOS_PER_SECOND + close.getNano() - beforeNanos;
        if (at <= afterNanos) {
            close = context.calendar().nextClose(close);
            at = close.getEpochSecond() * NANOS_PER_SECOND + close.getNano() - beforeNanos;
        }
        long closeNanos = at + beforeNanos;
        context.schedule(id, at, 0, scheduled -> {
            nextBeforeClose(closeNanos, beforeNanos, action);
            action.run();
        });
    }
}
