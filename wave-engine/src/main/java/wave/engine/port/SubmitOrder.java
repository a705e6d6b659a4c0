package wave.engine.port;

import java.util.Objects;
import wave.domain.instrument.InstrumentId;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderType;
import wave.domain.order.StrategyId;
import wave.domain.order.TimeInForce;
import wave.domain.order.TrailingOffset;

/**
 * Sends a new order: its client order id and its full terms, as they stood when the kernel sent it. Prices and
 * quantities are raw fixed point; times are nanoseconds since the epoch (UTC).
 *
 * @param clientOrderId  the kernel's id of the order; every report about it carries this id
 * @param strategyId     the strategy that placed it
 * @param instrument     what to trade
 * @param side           buy or sell
 * @param type           order type
 * @param quantityRaw    quantity, raw; 0 for an order sized at the fill price (percent or all-in sizing), which only
 *                       the simulated exchange takes
 * @param notionalRaw    estimated cash amount of an order sized at the fill price, raw; 0 for a quantity order
 * @param limitPriceRaw  limit price, raw, or 0 when the type has none
 * @param stopPriceRaw   stop price, raw, or 0 when the type has none
 * @param trailingOffset a trailing stop's distance from the best price, or null
 * @param timeInForce    how long it works
 * @param expireNanos    expiry time of a GTD order, or {@code OrderView.NO_EXPIRY}
 * @param tsNanos        when the kernel sent it
 */
public record SubmitOrder(ClientOrderId clientOrderId, StrategyId strategyId, InstrumentId instrument, OrderSide side,
                          OrderType type, long quantityRaw, long notionalRaw, long limitPriceRaw, long stopPriceRaw,
                          TrailingOffset trailingOffset, TimeInForce timeInForce, long expireNanos, long tsNanos) {
    /** Requires the ids, side, type and time in force, and no negative quantity or notional amount. */
    public SubmitOrder {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(strategyId, "strategyId");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timeInForce, "timeInForce");
        if (quantityRaw < 0 || notionalRaw < 0) {
            throw new IllegalArgumentException(clientOrderId + ": quantity and notional must be >= 0");
        }
    }
}
