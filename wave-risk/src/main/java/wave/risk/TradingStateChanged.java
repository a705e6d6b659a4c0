package wave.risk;

import java.util.Objects;

/**
 * The risk engine's trading state changed.
 *
 * @param tsNanos when, nanoseconds since the epoch (UTC), on the kernel's clock
 * @param from    the state before
 * @param to      the state after
 * @param who     who caused it: a user, {@code breaker:NAME} for a circuit breaker, or a component's name
 * @param reason  why, with the numbers
 */
public record TradingStateChanged(long tsNanos, TradingState from, TradingState to, String who, String reason) {
    /** Requires every field. */
    public TradingStateChanged {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(reason, "reason");
    }
}
