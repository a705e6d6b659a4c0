package wave.engine.clock;

/**
 * The kernel's notion of now, and its timers. Strategies read time only from here: a simulated clock in backtests,
 * the system clock in paper and live trading. In both, a bar is handled at (or after) the time it became known, never
 * at its label. Timers fire on the kernel thread.
 */
public interface Clock {
    /** What a backtest clock reads before its first data step. */
    long NOT_STARTED = Long.MIN_VALUE;

    /**
     * Current time, nanoseconds since the epoch (UTC). While a bar is handled: when it became known, or later;
     * {@link #NOT_STARTED} before a backtest's first data step.
     */
    long nowNanos();

    /**
     * The timestamp of events made now (orders placed, canceled or modified), nanoseconds since the epoch (UTC). A
     * simulated clock gives the label of the data step's bars, the time axis of a backtest's records (fills, equity
     * curve, event log), or a timer's due time while it fires; a wall clock gives {@link #nowNanos()}.
     */
    default long eventNanos() {
        return nowNanos();
    }

    /**
     * Called by the kernel for each data step with its bars' label ({@code MarketFeed.tsNanos()}) and the time they
     * became known ({@code MarketFeed.availableNanos()}), nanoseconds since the epoch (UTC): a simulated clock fires
     * the timers due until then (each at its own time) and moves there; a wall clock ignores it.
     */
    default void onDataStep(long labelNanos, long availableNanos) {
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
