package wave.engine.execution;

import wave.domain.market.Bar;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderType;

/**
 * Decides whether, and at what price, a working order fills on a bar it had not seen when it was placed.
 * Prices are raw fixed point.
 */
@FunctionalInterface
public interface FillModel {
    /** Returned when the order does not fill on the bar. */
    long NO_FILL = 0;

    /**
     * The fill price of an order on {@code bar}, or {@link #NO_FILL}.
     *
     * @param stopPriceRaw  the stop price; for a TRAILING_STOP, its current level (trailed up to the previous bar)
     * @param stopTriggered for a STOP_LIMIT order: its stop traded on an earlier bar, so it now works as a limit order;
     *                      for a STOP or TRAILING_STOP: it triggered earlier and its rest works as a market order
     */
    long fillPriceRaw(OrderSide side, OrderType type, long limitPriceRaw, long stopPriceRaw, boolean stopTriggered, Bar bar);
}
