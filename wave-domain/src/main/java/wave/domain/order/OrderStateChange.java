package wave.domain.order;

import java.util.List;
import java.util.Objects;

/**
 * A change to an order's working state that is not an {@link OrderEvent} of its life cycle: how it was sized, its
 * trigger and trailing level, and its links to other orders. The kernel journals these beside the order events, so
 * that replaying a session rebuilds each order exactly. Prices and quantities are raw 9-decimal fixed point; times are
 * nanoseconds since the epoch (UTC).
 */
public sealed interface OrderStateChange {
    /** When it happened. */
    long tsNanos();

    /** The order got its quantity (when it passed the pre-trade check, or a notional order at the fill price). */
    record OrderSized(ClientOrderId orderId, long tsNanos, long quantityRaw) implements OrderStateChange {
        /** Requires an order id. */
        public OrderSized {
            Objects.requireNonNull(orderId, "orderId");
        }
    }

    /** The venue gave the order its own id (a broker's order id), kept beside the client order id. */
    record VenueOrderAssigned(ClientOrderId orderId, long tsNanos, VenueOrderId venueOrderId) implements OrderStateChange {
        /** Requires both ids. */
        public VenueOrderAssigned {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(venueOrderId, "venueOrderId");
        }
    }

    /** A stop-family order's stop price traded: it now works as a market (or limit) order. */
    record StopTriggered(ClientOrderId orderId, long tsNanos) implements OrderStateChange {
        /** Requires an order id. */
        public StopTriggered {
            Objects.requireNonNull(orderId, "orderId");
        }
    }

    /** A trailing stop's stop price moved (it never moves back). */
    record TrailingStopMoved(ClientOrderId orderId, long tsNanos, long stopPriceRaw) implements OrderStateChange {
        /** Requires an order id. */
        public TrailingStopMoved {
            Objects.requireNonNull(orderId, "orderId");
        }
    }

    /** Orders were linked one-cancels-other. */
    record OcoLinked(long tsNanos, List<ClientOrderId> orderIds) implements OrderStateChange {
        /** Copies the ids. */
        public OcoLinked {
            orderIds = List.copyOf(orderIds);
        }
    }

    /** A bracket was formed: its entry, stop-loss and take-profit. */
    record BracketLinked(long tsNanos, ClientOrderId entry, ClientOrderId stopLoss, ClientOrderId takeProfit)
            implements OrderStateChange {
        /** Requires the three ids. */
        public BracketLinked {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(stopLoss, "stopLoss");
            Objects.requireNonNull(takeProfit, "takeProfit");
        }
    }
}
