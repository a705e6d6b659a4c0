package wave.domain.order;

/**
 * The order was sent to the venue.
 *
 * @param orderId the order
 * @param tsNanos when, nanoseconds since the epoch (UTC)
 */
public record OrderSubmitted(ClientOrderId orderId, long tsNanos) implements OrderEvent {
}
