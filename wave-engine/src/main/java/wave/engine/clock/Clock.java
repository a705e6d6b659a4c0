package wave.engine.clock;

/**
 * The kernel's notion of now, and its timers. Strategies read time only from here: a simulated clock in backtests,
 * the system clock in paper and live trading. Timers fire on the kernel thread.
 */
public interface Clock {
    /** What a backtest clock reads before its first data step. */
    long NOT_STARTED = Long.MIN_VALUE;

    /** Current time, nanoseconds since the epoch (UTC); {@link #NOT_STARTED} before a backtest's first data step. */
    long nowNanos();

    /**
     * Called by the kernel with the time of each data step: a simulated clock fires the timers due until then (each at
     * its own time) and moves there; the system clock ignores it.
     */
    default void onDataStep(long tsNanos) {
    }

    /**
     * Schedules {@code callback} at {@code firstNanos}, then every {@code periodNanos} (0: once).
     *
     * @return the timer, to cancel it
     */
    Timer schedule(long firstNanos, long periodNanos, TimerCallback callback);

    /** Fires the timers due by now (the kernel's event loop calls it; a simulated clock fires on data steps). */
    default void fireDueTimers() {
    }

    /** Due time of the next timer, nanoseconds since the epoch (UTC), or {@link Long#MAX_VALUE} when none. */
    long nextTimerNanos();
}
