package wave.domain.order;

import java.util.Objects;

/**
 * The order was refused.
 *
 * @param orderId the order
 * @param tsNanos when, nanoseconds since the epoch (UTC)
 * @param reason  machine-readable reason
 * @param message human-readable detail, e.g. the cash needed and available
 */
public record OrderRejected(ClientOrderId orderId, long tsNanos, RejectReason reason, String message) implements OrderEvent {
    /** Requires a reason and a message. */
    public OrderRejected {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }
}
