package wave.domain.order;

import java.util.Objects;

/**
 * The order stopped working before it was entirely filled.
 *
 * @param orderId the order
 * @param tsNanos when, nanoseconds since the epoch (UTC)
 * @param reason  why (requested by the strategy, end of data, ...)
 */
public record OrderCanceled(ClientOrderId orderId, long tsNanos, String reason) implements OrderEvent {
    /** Requires a reason. */
    public OrderCanceled {
        Objects.requireNonNull(reason, "reason");
    }
}
