package wave.domain.order;

/**
 * Something that happened to an order, in the past tense. An order's state changes only by applying these
 * events in order ({@link Order#apply(OrderEvent)}); the same events form the journal of a session.
 */
public sealed interface OrderEvent permits OrderInitialized, OrderDenied, OrderSubmitted, OrderAccepted, OrderRejected, OrderFilled, OrderCanceled,
        OrderUpdated {
    /** The order concerned. */
    ClientOrderId orderId();

    /** When it happened, nanoseconds since the epoch (UTC), on the kernel's clock. */
    long tsNanos();
}
