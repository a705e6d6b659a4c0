package wave.engine.strategy;

import java.util.Objects;
import wave.domain.order.StrategyId;

/**
 * A line a strategy logged, or a value it recorded, stamped with kernel time.
 *
 * @param tsNanos  kernel time, nanoseconds since the epoch (UTC)
 * @param strategy the strategy
 * @param name     the series name of a recorded value, or {@code log} for a logged line
 * @param value    the recorded value (NaN for a logged line)
 * @param message  the logged line (empty for a recorded value)
 */
public record StrategyNote(long tsNanos, StrategyId strategy, String name, double value, String message) {
    /** The series name of logged lines. */
    public static final String LOG = "log";

    /** Requires the strategy, name and message. */
    public StrategyNote {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(message, "message");
    }

    /** True for a logged line, false for a recorded value. */
    public boolean isLog() {
        return LOG.equals(name) && Double.isNaN(value);
    }
}
