package wave.engine.strategy;

import wave.domain.order.StrategyId;

/** Hears about exceptions thrown by strategy code, and about strategies halted because of them. */
public interface StrategyErrorListener {
    /**
     * A callback threw.
     *
     * @param strategy the strategy
     * @param callback which callback ({@code onBar}, {@code onFill}, ...)
     * @param tsNanos  kernel time, nanoseconds since the epoch (UTC)
     * @param error    what was thrown
     */
    void onStrategyError(StrategyId strategy, String callback, long tsNanos, RuntimeException error);

    /** The strategy failed too often and receives no more callbacks; its open orders must be canceled. */
    void onStrategyHalted(StrategyId strategy, long tsNanos);
}
