package wave.domain.order;

/**
 * The order was modified in place (same id): its new quantity and prices, which apply from then on. The quantity
 * is the new total ordered quantity, fills included; a price the order's type does not use is
 * {@link Order#NO_PRICE}.
 *
 * @param orderId       the order
 * @param tsNanos       when, nanoseconds since the epoch (UTC)
 * @param quantityRaw   new ordered quantity, raw fixed point; above the quantity already filled
 * @param limitPriceRaw new limit price, raw, or {@link Order#NO_PRICE}
 * @param stopPriceRaw  new stop price, raw, or {@link Order#NO_PRICE}
 */
public record OrderUpdated(ClientOrderId orderId, long tsNanos, long quantityRaw, long limitPriceRaw, long stopPriceRaw)
        implements OrderEvent {
}
