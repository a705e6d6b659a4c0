package wave.engine.clock;

/**
 * The kernel's notion of now. Strategies read time only from here: a simulated clock in backtests, the
 * wall clock in live trading.
 */
public interface Clock {
    /** Current time, nanoseconds since the epoch (UTC). */
    long nowNanos();

    /**
     * Called by the kernel with the timestamp of each data step: a simulated clock moves there, a wall
     * clock ignores it.
     */
    default void onDataStep(long tsNanos) {
    }
}
