package wave.engine.kernel;

import wave.engine.order.OrderTicket;

/**
 * The kernel's one way to send an order: the pre-trade check, then {@code OrderDenied} or {@code OrderSubmitted} and
 * the execution venue. Every component that places orders (strategy helpers, bracket exits, margin liquidation, the
 * close at the end of data) goes through it.
 */
interface OrderPath {
    /**
     * Checks an initialized ticket and sends it, or denies it.
     *
     * @param quantityRaw quantity, raw; 0 for a notional order (sized by the venue at the fill price)
     * @param notionalRaw estimated cash amount of a notional order, raw; 0 for a quantity order
     * @param tsNanos     time of the decision, nanoseconds since the epoch (UTC)
     * @return true when the order was sent
     */
    boolean send(OrderTicket ticket, long quantityRaw, long notionalRaw, long tsNanos);
}
