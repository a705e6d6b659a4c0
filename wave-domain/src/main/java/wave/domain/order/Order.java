package wave.domain.order;

import java.util.Objects;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;
import wave.domain.money.Price;
import wave.domain.money.Quantity;

/**
 * An order and its state machine. The state changes only through {@link #apply(OrderEvent)}:
 *
 * <pre>
 * INITIALIZED --OrderSubmitted--> SUBMITTED --OrderAccepted--> ACCEPTED --OrderFilled--> PARTIALLY_FILLED / FILLED
 * INITIALIZED --OrderDenied--> DENIED (refused by the pre-trade check, never sent)
 * INITIALIZED, SUBMITTED --OrderRejected--> REJECTED
 * SUBMITTED, ACCEPTED, PARTIALLY_FILLED --OrderCanceled--> CANCELED
 * PARTIALLY_FILLED --OrderFilled--> PARTIALLY_FILLED / FILLED
 * SUBMITTED, ACCEPTED, PARTIALLY_FILLED --OrderUpdated--> (same state, new quantity and prices)
 * </pre>
 *
 * ({@link OrderInitialized} is the record an order is created from; applying it throws.)
 * Any other transition throws {@link IllegalStateException}. Prices and quantities are raw fixed point. An
 * expired order (DAY, GTD, the unfilled rest of IOC, FOK and auction orders) is canceled with a reason that
 * says so, e.g. {@code expired (DAY)}.
 *
 * <p>Strategies see it as an {@link OrderView}, without {@link #apply(OrderEvent)}.
 */
public final class Order implements OrderView {
    private final ClientOrderId id;
    private final StrategyId strategyId;
    private final InstrumentId instrument;
    private final OrderSide side;
    private final OrderType type;
    private final TrailingOffset trailingOffset;
    private final TimeInForce timeInForce;
    private final long expireNanos;
    private final long createdNanos;
    private long quantityRaw;
    private long limitPriceRaw;
    private long stopPriceRaw;
    private OrderStatus status = OrderStatus.INITIALIZED;
    private long filledQuantityRaw;
    private long filledNotionalRaw;
    private long commissionRaw;
    private long lastEventNanos;
    private OrderRejected rejection;

    /**
     * Creates an order in state {@link OrderStatus#INITIALIZED} with no trailing offset and no expiry time (any time
     * in force but {@link TimeInForce#GTD}).
     *
     * @throws IllegalArgumentException if the quantity is not positive or a price the type needs is missing
     */
    public Order(ClientOrderId id, StrategyId strategyId, InstrumentId instrument, OrderSide side, OrderType type,
                 long quantityRaw, long limitPriceRaw, long stopPriceRaw, TimeInForce timeInForce, long createdNanos) {
        this(id, strategyId, instrument, side, type, quantityRaw, limitPriceRaw, stopPriceRaw, null, timeInForce, NO_EXPIRY,
                createdNanos);
    }

    /**
     * Creates an order in state {@link OrderStatus#INITIALIZED}.
     *
     * @param trailingOffset distance of a {@link OrderType#TRAILING_STOP}'s stop from the best price; null for other types
     * @param expireNanos    expiry time of a {@link TimeInForce#GTD} order, nanoseconds since the epoch (UTC); else
     *                       {@link #NO_EXPIRY}
     * @throws IllegalArgumentException if the quantity is not positive, or a price, offset or expiry the type and time
     *                                  in force need is missing (or one they do not use is given)
     */
    public Order(ClientOrderId id, StrategyId strategyId, InstrumentId instrument, OrderSide side, OrderType type,
                 long quantityRaw, long limitPriceRaw, long stopPriceRaw, TrailingOffset trailingOffset,
                 TimeInForce timeInForce, long expireNanos, long createdNanos) {
        this.id = Objects.requireNonNull(id, "id");
        this.strategyId = Objects.requireNonNull(strategyId, "strategyId");
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.side = Objects.requireNonNull(side, "side");
        this.type = Objects.requireNonNull(type, "type");
        this.timeInForce = Objects.requireNonNull(timeInForce, "timeInForce");
        checkTerms(quantityRaw, limitPriceRaw, stopPriceRaw);
        if (type.isTrailing() != (trailingOffset != null)) {
            throw new IllegalArgumentException(id + ": " + type + " order " + (type.isTrailing() ? "needs a" : "takes no")
                    + " trailing offset");
        }
        if ((timeInForce == TimeInForce.GTD) != (expireNanos != NO_EXPIRY)) {
            throw new IllegalArgumentException(id + ": " + timeInForce + " order " + (timeInForce == TimeInForce.GTD
                    ? "needs an" : "takes no") + " expiry time");
        }
        this.trailingOffset = trailingOffset;
        this.expireNanos = expireNanos;
        this.quantityRaw = quantityRaw;
        this.limitPriceRaw = limitPriceRaw;
        this.stopPriceRaw = stopPriceRaw;
        this.createdNanos = createdNanos;
        this.lastEventNanos = createdNanos;
    }

    /** Checks a quantity and prices against the order's type. */
    private void checkTerms(long quantity, long limitPrice, long stopPrice) {
        if (quantity <= 0) {
            throw new IllegalArgumentException(id + ": quantity must be > 0, got " + FixedPoint.formatQuantity(quantity));
        }
        if (type.hasLimitPrice() != (limitPrice > 0)) {
            throw new IllegalArgumentException(id + ": " + type + " order " + (type.hasLimitPrice() ? "needs a positive" : "takes no") + " limit price");
        }
        if (type.hasStopPrice() != (stopPrice > 0)) {
            throw new IllegalArgumentException(id + ": " + type + " order " + (type.hasStopPrice() ? "needs a positive" : "takes no") + " stop price");
        }
    }

    /**
     * Applies the next event of this order.
     *
     * @throws IllegalArgumentException if the event is for another order, a fill exceeds the open quantity, or an
     *                                  update's quantity is not above the filled quantity or its prices do not fit the type
     * @throws IllegalStateException    if the event is not allowed in the current state
     */
    public void apply(OrderEvent event) {
        if (!event.orderId().equals(id)) {
            throw new IllegalArgumentException("event for " + event.orderId() + " applied to " + id);
        }
        // An instanceof chain rather than a pattern switch: this runs for every order event on the kernel thread,
        // and exact-type checks on final record classes compile to a pointer compare each.
        OrderStatus next;
        if (event instanceof OrderFilled e) {
            next = applyFill(e);
        } else if (event instanceof OrderAccepted e) {
            next = require(e, OrderStatus.ACCEPTED, status == OrderStatus.SUBMITTED);
        } else if (event instanceof OrderSubmitted e) {
            next = require(e, OrderStatus.SUBMITTED, status == OrderStatus.INITIALIZED);
        } else if (event instanceof OrderCanceled e) {
            next = require(e, OrderStatus.CANCELED, status.isWorking());
        } else if (event instanceof OrderUpdated e) {
            next = applyUpdate(e);
        } else if (event instanceof OrderInitialized e) {
            next = require(e, status, false); // an order is created from its OrderInitialized, never re-initialized
        } else if (event instanceof OrderDenied e) {
            next = require(e, OrderStatus.DENIED, status == OrderStatus.INITIALIZED);
        } else {
            OrderRejected e = (OrderRejected) event;
            next = require(e, OrderStatus.REJECTED, status == OrderStatus.INITIALIZED || status == OrderStatus.SUBMITTED);
            rejection = e;
        }
        status = next;
        lastEventNanos = event.tsNanos();
    }

    private OrderStatus applyFill(OrderFilled fill) {
        require(fill, OrderStatus.FILLED, status == OrderStatus.ACCEPTED || status == OrderStatus.PARTIALLY_FILLED);
        if (fill.side() != side || !fill.instrument().equals(instrument)) {
            throw new IllegalArgumentException(id + ": fill side/instrument " + fill.side() + " " + fill.instrument()
                    + " does not match the order's " + side + " " + instrument);
        }
        long open = quantityRaw - filledQuantityRaw;
        if (fill.quantityRaw() > open) {
            throw new IllegalArgumentException(id + ": fill of " + FixedPoint.formatQuantity(fill.quantityRaw())
                    + " exceeds the open quantity " + FixedPoint.formatQuantity(open));
        }
        filledQuantityRaw += fill.quantityRaw();
        filledNotionalRaw = FixedPoint.addMoney(filledNotionalRaw, FixedPoint.notional(fill.priceRaw(), fill.quantityRaw()),
                "filled notional");
        commissionRaw = FixedPoint.addMoney(commissionRaw, fill.commissionRaw(), "order fees");
        return filledQuantityRaw == quantityRaw ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
    }

    private OrderStatus applyUpdate(OrderUpdated update) {
        OrderStatus same = require(update, status, status.isWorking());
        checkUpdate(update.quantityRaw(), update.limitPriceRaw(), update.stopPriceRaw());
        quantityRaw = update.quantityRaw();
        limitPriceRaw = update.limitPriceRaw();
        stopPriceRaw = update.stopPriceRaw();
        return same;
    }

    /**
     * Checks new terms for an in-place update (as {@link #apply} checks an {@link OrderUpdated}), without changing the
     * order: a sender validates a modification before the venue sees it.
     *
     * @param quantityRaw   new total ordered quantity, raw fixed point
     * @param limitPriceRaw new limit price, raw, or {@link #NO_PRICE}
     * @param stopPriceRaw  new stop price, raw, or {@link #NO_PRICE}
     * @throws IllegalArgumentException if the quantity is not above the filled quantity or the prices do not fit the type
     */
    public void checkUpdate(long quantityRaw, long limitPriceRaw, long stopPriceRaw) {
        checkTerms(quantityRaw, limitPriceRaw, stopPriceRaw);
        if (quantityRaw <= filledQuantityRaw) {
            throw new IllegalArgumentException(id + ": new quantity " + FixedPoint.formatQuantity(quantityRaw)
                    + " must be above the filled quantity " + FixedPoint.formatQuantity(filledQuantityRaw)
                    + "; cancel the order instead");
        }
    }

    private OrderStatus require(OrderEvent event, OrderStatus target, boolean allowed) {
        if (!allowed) {
            throw new IllegalStateException(id + ": cannot apply " + event.getClass().getSimpleName() + " in state " + status);
        }
        return target;
    }

    @Override
    public ClientOrderId id() {
        return id;
    }

    @Override
    public StrategyId strategyId() {
        return strategyId;
    }

    @Override
    public InstrumentId instrument() {
        return instrument;
    }

    @Override
    public OrderSide side() {
        return side;
    }

    @Override
    public OrderType type() {
        return type;
    }

    @Override
    public long quantityRaw() {
        return quantityRaw;
    }

    @Override
    public Quantity quantity() {
        return Quantity.ofRaw(quantityRaw);
    }

    @Override
    public long limitPriceRaw() {
        return limitPriceRaw;
    }

    @Override
    public long stopPriceRaw() {
        return stopPriceRaw;
    }

    @Override
    public TrailingOffset trailingOffset() {
        return trailingOffset;
    }

    @Override
    public TimeInForce timeInForce() {
        return timeInForce;
    }

    @Override
    public long expireNanos() {
        return expireNanos;
    }

    @Override
    public long createdNanos() {
        return createdNanos;
    }

    @Override
    public long lastEventNanos() {
        return lastEventNanos;
    }

    @Override
    public OrderStatus status() {
        return status;
    }

    @Override
    public long filledQuantityRaw() {
        return filledQuantityRaw;
    }

    @Override
    public long openQuantityRaw() {
        return status.isTerminal() ? 0 : quantityRaw - filledQuantityRaw;
    }

    @Override
    public Price averageFillPrice() {
        return filledQuantityRaw == 0 ? Price.ZERO : Price.ofRaw(FixedPoint.priceFor(filledNotionalRaw, filledQuantityRaw));
    }

    @Override
    public long commissionRaw() {
        return commissionRaw;
    }

    @Override
    public OrderRejected rejection() {
        return rejection;
    }

    @Override
    public String toString() {
        return id + " " + side + " " + FixedPoint.formatQuantity(quantityRaw) + " " + instrument + " " + type
                + (limitPriceRaw > 0 ? " limit " + FixedPoint.formatPrice(limitPriceRaw) : "")
                + (stopPriceRaw > 0 ? " stop " + FixedPoint.formatPrice(stopPriceRaw) : "")
                + (trailingOffset != null ? " trailing " + trailingOffset : "") + " [" + status + "]";
    }
}
