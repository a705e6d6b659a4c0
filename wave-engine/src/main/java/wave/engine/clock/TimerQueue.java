package wave.engine.clock;

import java.util.PriorityQueue;
import java.util.function.LongConsumer;

/**
 * The timers of a clock, earliest first (ties in scheduling order). Shared by the simulated and the system clock so
 * that both fire timers the same way; single-threaded (the kernel thread).
 */
final class TimerQueue {
    private final PriorityQueue<Timer> timers = new PriorityQueue<>((a, b) -> a.dueNanos() != b.dueNanos()
            ? Long.compare(a.dueNanos(), b.dueNanos()) : Long.compare(a.sequence(), b.sequence()));
    private long nextSequence;

    Timer schedule(long firstNanos, long periodNanos, TimerCallback callback) {
        Timer timer = new Timer(firstNanos, periodNanos, callback, nextSequence++);
        timers.add(timer);
        return timer;
    }

    boolean isEmpty() {
        return timers.isEmpty();
    }

    /** Due time of the earliest live timer, or {@link Long#MAX_VALUE}. */
    long nextDueNanos() {
        while (!timers.isEmpty() && timers.peek().isCanceled()) {
            timers.poll();
        }
        return timers.isEmpty() ? Long.MAX_VALUE : timers.peek().dueNanos();
    }

    /**
     * Fires, in time order, every timer due at or before {@code upToNanos}; {@code advance} moves the clock to each
     * timer's due time first (a simulated clock) or does nothing (a system clock). A periodic timer fires for every
     * period due at or after {@code catchUpFromNanos} (a simulated clock passes its start: simulated time loses no
     * period); one that fell behind before that fires once and skips the periods it missed (a system clock passes
     * {@code upToNanos}: a late loop does not fire a burst).
     */
    void fireDue(long upToNanos, long catchUpFromNanos, LongConsumer advance) {
        while (nextDueNanos() <= upToNanos) {
            Timer timer = timers.poll();
            long due = timer.dueNanos();
            advance.accept(due);
            if (timer.reschedule(due < catchUpFromNanos ? Math.min(upToNanos, catchUpFromNanos) : due)) {
                timers.add(timer);
            }
            timer.callback().onTimer(due);
        }
    }
}
