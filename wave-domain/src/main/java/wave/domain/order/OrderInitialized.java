package wave.domain.order;

import java.util.Objects;
import wave.domain.instrument.InstrumentId;

/**
 * An order was created with its full terms, before the pre-trade check: the write-ahead record of an order. It is
 * followed by {@link OrderDenied} or {@link OrderSubmitted}. A notional order (percent or all-in sizing, turned into
 * a quantity at the fill) has quantity 0 and the cash amount it may spend as estimated at creation; a bracket's exit
 * has quantity 0 until its entry fills.
 *
 * @param orderId        the order
 * @param tsNanos        when, nanoseconds since the epoch (UTC)
 * @param strategyId     the strategy (or kernel component, e.g. {@code margin-call}) that placed it
 * @param instrument     the instrument
 * @param side           buy or sell
 * @param type           order type
 * @param quantityRaw    quantity, raw fixed point, or 0 when it is decided later
 * @param notionalRaw    estimated cash amount of a notional order, raw, in the quote currency; 0 for a quantity order
 * @param limitPriceRaw  limit price, raw, or {@link Order#NO_PRICE}
 * @param stopPriceRaw   stop price, raw, or {@link Order#NO_PRICE}
 * @param trailingOffset a trailing stop's offset, or null
 * @param timeInForce    time in force
 * @param expireNanos    expiry of a GTD order, or {@link Order#NO_EXPIRY}
 * @param sizing         how the quantity is decided: {@code fixed} (the quantity above), {@code all-in},
 *                       {@code percent:20}, or {@code bracket-exit} (the entry's quantity, resized to its fills)
 */
public record OrderInitialized(ClientOrderId orderId, long tsNanos, StrategyId strategyId,
                               InstrumentId instrument, OrderSide side, OrderType type,
                               long quantityRaw, long notionalRaw, long limitPriceRaw, long stopPriceRaw,
                               TrailingOffset trailingOffset, TimeInForce timeInForce, long expireNanos, String sizing)
        implements OrderEvent {
    /** Requires the ids, side, type, time in force and sizing text. */
    public OrderInitialized {
        Objects.requireNonNull(strategyId, "strategyId");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timeInForce, "timeInForce");
        Objects.requireNonNull(sizing, "sizing");
    }
}
