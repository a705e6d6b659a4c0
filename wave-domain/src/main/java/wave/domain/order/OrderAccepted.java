package wave.domain.order;

/**
 * The venue accepted the order; it is working.
 *
 * @param orderId the order
 * @param tsNanos when, nanoseconds since the epoch (UTC)
 */
public record OrderAccepted(ClientOrderId orderId, long tsNanos) implements OrderEvent {
}
