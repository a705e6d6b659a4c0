package wave.engine.kernel;

import wave.domain.order.StrategyId;

/**
 * A strategy was halted (after repeated errors, or by command): the journal entry that records it.
 *
 * @param tsNanos  when, nanoseconds since the epoch (UTC)
 * @param strategy the strategy
 */
public record StrategyHalted(long tsNanos, StrategyId strategy) {
}
