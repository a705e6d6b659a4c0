package wave.engine.backtest;

import wave.domain.order.StrategyId;

/**
 * An exception thrown by strategy code during a run.
 *
 * @param strategy the strategy
 * @param callback the callback that threw
 * @param tsNanos  kernel time, nanoseconds since the epoch (UTC)
 * @param error    the exception
 */
public record StrategyFailure(StrategyId strategy, String callback, long tsNanos, RuntimeException error) {
}
