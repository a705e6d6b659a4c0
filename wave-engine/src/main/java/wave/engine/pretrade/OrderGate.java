package wave.engine.pretrade;

import wave.engine.order.OrderTicket;

/**
 * A stage before the {@link PreTradeCheck} that may hold an order rather than have it checked and sent now, e.g. to
 * keep a venue's order rate (the risk engine's {@code venue_rate_mode = "queue"}). A held order stays
 * {@code INITIALIZED}, without an event, until its gate hands it back to the kernel ({@code Kernel.release}), which
 * runs the whole pre-trade path then: the kernel's controls, the check, and the venue. The kernel asks the gate on its
 * own thread, after its controls and budgets let the order through.
 */
@FunctionalInterface
public interface OrderGate {
    /** Holds nothing. */
    OrderGate OPEN = (ticket, quantityRaw, notionalRaw, tsNanos) -> false;

    /**
     * Decides whether to hold an order.
     *
     * @param quantityRaw the order's quantity as placed, raw; 0 for a notional order (give it back as it came)
     * @param notionalRaw the estimated cash amount of a notional order as placed, raw; 0 for a quantity order
     * @param tsNanos     the time of the decision, nanoseconds since the epoch (UTC)
     * @return true when the gate keeps the order (and will release it), false to check and send it now
     */
    boolean hold(OrderTicket ticket, long quantityRaw, long notionalRaw, long tsNanos);

    /**
     * Withdraws an order this gate holds (its strategy canceled it before it was sent): the gate hands it back to the
     * kernel now, to be denied with {@code reason}.
     *
     * @return true when the gate held the order, false when it does not hold it
     */
    default boolean withdraw(OrderTicket ticket, String reason) {
        return false;
    }
}
