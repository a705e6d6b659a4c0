package wave.domain.order;

import wave.domain.instrument.InstrumentId;
import wave.domain.money.Price;
import wave.domain.money.Quantity;

/**
 * Read-only view of an order, as strategies see it (through their ticket). It is the live {@link Order} itself, typed
 * as an interface without {@link Order#apply(OrderEvent)}: only the engine's order manager moves an order through its
 * states, so every value is current when read and nothing is copied. Prices and quantities are raw fixed point
 * (9 decimals, {@code 1.5} is {@code 1_500_000_000}); times are nanoseconds since the epoch (UTC).
 */
public interface OrderView {
    /** Raw value used for an absent limit or stop price. */
    long NO_PRICE = 0;
    /** Expiry time of an order that is not good-till-date: never. */
    long NO_EXPIRY = Long.MAX_VALUE;

    /** The order's id. */
    ClientOrderId id();

    /** The strategy that placed it. */
    StrategyId strategyId();

    /** The instrument traded. */
    InstrumentId instrument();

    /** Buy or sell. */
    OrderSide side();

    /** Market, limit, stop, stop-limit, trailing stop, market-on-open or market-on-close. */
    OrderType type();

    /** Ordered quantity, raw (positive); changed only by an {@link OrderUpdated}. */
    long quantityRaw();

    /** Ordered quantity. */
    Quantity quantity();

    /** Limit price, raw, or {@link #NO_PRICE}. */
    long limitPriceRaw();

    /** Stop (trigger) price, raw, or {@link #NO_PRICE}. */
    long stopPriceRaw();

    /** Distance of a trailing stop from the best price, or null for other types. */
    TrailingOffset trailingOffset();

    /** Time in force. */
    TimeInForce timeInForce();

    /** Expiry time of a GTD order, nanoseconds since the epoch (UTC), or {@link #NO_EXPIRY}. */
    long expireNanos();

    /** Creation time, nanoseconds since the epoch (UTC). */
    long createdNanos();

    /** Time of the last applied event, nanoseconds since the epoch (UTC). */
    long lastEventNanos();

    /** Current state. */
    OrderStatus status();

    /** Quantity filled so far, raw. */
    long filledQuantityRaw();

    /** Quantity still open, raw (zero once the order has ended). */
    long openQuantityRaw();

    /** Volume-weighted average fill price (rounded half-even), or zero before the first fill. */
    Price averageFillPrice();

    /** Fees paid so far, raw money, in the fills' commission currency. */
    long commissionRaw();

    /** The rejection, when the order was rejected, else null. */
    OrderRejected rejection();
}
