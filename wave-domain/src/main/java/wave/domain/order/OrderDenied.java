package wave.domain.order;

import java.util.Objects;

/**
 * The pre-trade stage refused the order: it was never sent to the venue.
 *
 * @param orderId the order
 * @param tsNanos when, nanoseconds since the epoch (UTC)
 * @param reason  machine-readable reason
 * @param message human-readable detail naming the rule and the numbers that broke it
 */
public record OrderDenied(ClientOrderId orderId, long tsNanos, DenyReason reason, String message) implements OrderEvent {
    /** Requires a reason and a message. */
    public OrderDenied {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }
}
