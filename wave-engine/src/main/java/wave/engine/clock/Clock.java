package wave.engine.clock;

/**
 * The kernel's notion of now. Strategies read time only from here: a simulated clock in backtests, the
 * wall clock in live trading. In both, a bar is handled at (or after) the time it became known, never at its label.
 */
public interface Clock {
    /** Current time, nanoseconds since the epoch (UTC). While a bar is handled: when it became known, or later. */
    long nowNanos();

    /**
     * The timestamp of events made now (orders placed, canceled or modified), nanoseconds since the epoch (UTC). A
     * simulated clock gives the label of the data step's bars, the time axis of a backtest's records (fills, equity
     * curve, event log); a wall clock gives {@link #nowNanos()}.
     */
    default long eventNanos() {
        return nowNanos();
    }

    /**
     * Called by the kernel for each data step with its bars' label ({@code MarketFeed.tsNanos()}) and the time they
     * became known ({@code MarketFeed.availableNanos()}), nanoseconds since the epoch (UTC): a simulated clock moves
     * there, a wall clock ignores it.
     */
    default void onDataStep(long labelNanos, long availableNanos) {
    }
}
