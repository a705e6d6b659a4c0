package wave.engine.order;

import wave.domain.order.OrderEvent;

/** Receives every order event after it has been applied to its order. */
@FunctionalInterface
public interface OrderEventSink {
    /** Called once per event, on the kernel thread. */
    void onOrderEvent(OrderTicket ticket, OrderEvent event);

    /**
     * Whether this sink reads {@code OrderInitialized}. When it does not and no journal records, the order manager
     * does not build the event at all (it would be thrown away at once): placing an order then allocates its ticket
     * and id only.
     */
    default boolean readsOrderInitialized() {
        return true;
    }

    /**
     * Whether this sink reads {@code OrderSubmitted} and {@code OrderAccepted} of a ticket. When it does not and no
     * journal records, the order manager moves the ticket through those states without building the events.
     */
    default boolean readsAcknowledgements(OrderTicket ticket) {
        return true;
    }
}
