package wave.engine.order;

import java.util.Objects;
import wave.domain.money.FixedPoint;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.order.Order;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderType;
import wave.domain.order.TimeInForce;
import wave.domain.order.TrailingOffset;

/**
 * An order a strategy wants placed, before it has an id: built with a factory per type, then given a time in
 * force, e.g. {@code OrderRequest.limit(BUY, Quantity.of(10), Price.of("9.5")).withTimeInForce(TimeInForce.DAY)} or
 * {@code OrderRequest.stop(SELL, qty, stop).goodTill(expiryNanos)}. Prices and quantities are raw fixed point.
 *
 * @param side           buy or sell
 * @param type           order type
 * @param quantityRaw    quantity, positive
 * @param limitPriceRaw  limit price of LIMIT and STOP_LIMIT orders, else {@link Order#NO_PRICE}
 * @param stopPriceRaw   stop price of STOP and STOP_LIMIT orders, else {@link Order#NO_PRICE}
 * @param trailingOffset distance of a TRAILING_STOP from the best price, else null
 * @param timeInForce    how long it works
 * @param expireNanos    expiry of a GTD order, nanoseconds since the epoch (UTC), else {@link Order#NO_EXPIRY}
 */
public record OrderRequest(OrderSide side, OrderType type, long quantityRaw, long limitPriceRaw, long stopPriceRaw,
                           TrailingOffset trailingOffset, TimeInForce timeInForce, long expireNanos) {
    /** Checks that the prices, offset and expiry are the ones the type and time in force need. */
    public OrderRequest {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timeInForce, "timeInForce");
        if (quantityRaw <= 0) {
            throw new IllegalArgumentException("order quantity must be > 0, got " + FixedPoint.formatQuantity(quantityRaw));
        }
        if (type.hasLimitPrice() != (limitPriceRaw > 0) || type.hasStopPrice() != (stopPriceRaw > 0)
                || type.isTrailing() != (trailingOffset != null)) {
            throw new IllegalArgumentException(type + " order with limit " + FixedPoint.formatPrice(limitPriceRaw) + ", stop "
                    + FixedPoint.formatPrice(stopPriceRaw) + " and trailing offset " + trailingOffset
                    + ": use the OrderRequest factory of the type");
        }
        if ((timeInForce == TimeInForce.GTD) != (expireNanos != Order.NO_EXPIRY)) {
            throw new IllegalArgumentException("an expiry time goes with GTD only: use goodTill(expiryNanos)");
        }
    }

    /** Market order. */
    public static OrderRequest market(OrderSide side, Quantity quantity) {
        return of(side, OrderType.MARKET, quantity, Order.NO_PRICE, Order.NO_PRICE, null);
    }

    /** Limit order: fills at {@code limit} or better. */
    public static OrderRequest limit(OrderSide side, Quantity quantity, Price limit) {
        return of(side, OrderType.LIMIT, quantity, limit.raw(), Order.NO_PRICE, null);
    }

    /** Stop order: a market order once {@code stop} trades. */
    public static OrderRequest stop(OrderSide side, Quantity quantity, Price stop) {
        return of(side, OrderType.STOP, quantity, Order.NO_PRICE, stop.raw(), null);
    }

    /** Stop-limit order: a limit order at {@code limit} once {@code stop} trades. */
    public static OrderRequest stopLimit(OrderSide side, Quantity quantity, Price stop, Price limit) {
        return of(side, OrderType.STOP_LIMIT, quantity, limit.raw(), stop.raw(), null);
    }

    /** Trailing stop at {@code offset} from the best price since the order reached the venue. */
    public static OrderRequest trailingStop(OrderSide side, Quantity quantity, TrailingOffset offset) {
        return of(side, OrderType.TRAILING_STOP, quantity, Order.NO_PRICE, Order.NO_PRICE,
                Objects.requireNonNull(offset, "offset"));
    }

    /** Market-on-open order: fills at the open of the bar on which it reaches the venue. */
    public static OrderRequest marketOnOpen(OrderSide side, Quantity quantity) {
        return of(side, OrderType.MARKET_ON_OPEN, quantity, Order.NO_PRICE, Order.NO_PRICE, null);
    }

    /** Market-on-close order: fills at the close of the bar on which it reaches the venue. */
    public static OrderRequest marketOnClose(OrderSide side, Quantity quantity) {
        return of(side, OrderType.MARKET_ON_CLOSE, quantity, Order.NO_PRICE, Order.NO_PRICE, null);
    }

    private static OrderRequest of(OrderSide side, OrderType type, Quantity quantity, long limit, long stop,
                                   TrailingOffset offset) {
        return new OrderRequest(side, type, quantity.raw(), limit, stop, offset, TimeInForce.GTC, Order.NO_EXPIRY);
    }

    /**
     * The same order with another time in force (GTC, DAY, IOC or FOK).
     *
     * @throws IllegalArgumentException for GTD, which needs {@link #goodTill(long)}
     */
    public OrderRequest withTimeInForce(TimeInForce value) {
        return new OrderRequest(side, type, quantityRaw, limitPriceRaw, stopPriceRaw, trailingOffset, value, Order.NO_EXPIRY);
    }

    /** The same order, good till {@code expiryNanos} (nanoseconds since the epoch, UTC): time in force GTD. */
    public OrderRequest goodTill(long expiryNanos) {
        return new OrderRequest(side, type, quantityRaw, limitPriceRaw, stopPriceRaw, trailingOffset, TimeInForce.GTD,
                expiryNanos);
    }
}
