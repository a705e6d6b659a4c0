package wave.engine.order;

import wave.domain.order.OrderEvent;

/** Receives every order event after it has been applied to its order. */
@FunctionalInterface
public interface OrderEventSink {
    /** Called once per event, on the kernel thread. */
    void onOrderEvent(OrderTicket ticket, OrderEvent event);
}
