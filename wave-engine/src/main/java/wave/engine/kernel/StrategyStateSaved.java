package wave.engine.kernel;

import java.util.Map;
import java.util.Objects;
import wave.domain.order.StrategyId;

/**
 * A strategy's own state, as it asked to keep it across a restart ({@code onSave}): the journal entry that records it.
 *
 * @param tsNanos  when, nanoseconds since the epoch (UTC)
 * @param strategy the strategy
 * @param state    its values by name (an unmodifiable copy)
 */
public record StrategyStateSaved(long tsNanos, StrategyId strategy, Map<String, String> state) {
    /** Copies the state. */
    public StrategyStateSaved {
        Objects.requireNonNull(strategy, "strategy");
        state = Map.copyOf(state);
    }
}
