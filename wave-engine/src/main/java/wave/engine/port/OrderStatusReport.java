package wave.engine.port;

import java.util.Objects;
import wave.domain.instrument.InstrumentId;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.domain.order.OrderType;
import wave.domain.order.VenueOrderId;

/**
 * An order as the venue sees it, in answer to a query. Prices and quantities are raw fixed point.
 *
 * @param clientOrderId       the kernel's id of the order
 * @param venueOrderId        the venue's id of the order
 * @param instrument          its instrument
 * @param side                buy or sell
 * @param type                order type
 * @param status              its state at the venue: {@code SUBMITTED} while on its way to the matching (the
 *                            simulated exchange's latency), {@code ACCEPTED} or {@code PARTIALLY_FILLED} while working,
 *                            {@code FILLED}, {@code CANCELED} or {@code REJECTED} once ended
 * @param quantityRaw         total ordered quantity, raw (0 for an order still to be sized at the fill price)
 * @param filledQuantityRaw   quantity filled so far, raw
 * @param averagePriceRaw     average fill price, raw, or 0 with no fill
 * @param limitPriceRaw       limit price, raw, or 0
 * @param stopPriceRaw        stop price, raw, or 0
 * @param tsNanos             as of when, nanoseconds since the epoch (UTC)
 */
public record OrderStatusReport(ClientOrderId clientOrderId, VenueOrderId venueOrderId, InstrumentId instrument,
                                OrderSide side, OrderType type, OrderStatus status, long quantityRaw,
                                long filledQuantityRaw, long averagePriceRaw, long limitPriceRaw, long stopPriceRaw,
                                long tsNanos) {
    /** Requires the ids, instrument, side, type and status. */
    public OrderStatusReport {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(venueOrderId, "venueOrderId");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
    }
}
