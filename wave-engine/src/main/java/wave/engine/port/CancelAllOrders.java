package wave.engine.port;

import java.util.Objects;
import wave.domain.order.StrategyId;

/**
 * Asks the venue to cancel every working order of one strategy, or of every strategy.
 *
 * @param strategy the strategy whose orders to cancel, or null for all of them
 * @param reason   why, e.g. {@code strategy halted} or {@code cancel all: operator}; echoed in the cancel reports
 * @param tsNanos  when the kernel asked, nanoseconds since the epoch (UTC)
 */
public record CancelAllOrders(StrategyId strategy, String reason, long tsNanos) {
    /** Requires a reason. */
    public CancelAllOrders {
        Objects.requireNonNull(reason, "reason");
    }
}
