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
 * INITIALIZED, SUBMITTED --OrderRejected--> REJECTED
 * SUBMITTED, ACCEPTED, PARTIALLY_FILLED --OrderCanceled--> CANCELED
 * PARTIALLY_FILLED --OrderFilled--> PARTIALLY_FILLED / FILLED
 * </pre>
 *
 * Any other transition throws {@link IllegalStateException}. Prices and quantities are raw fixed point.
 */
public final class Order {
    /** Raw value used for an absent limit or stop price. */
    public static final long NO_PRICE = 0;

    private final ClientOrderId id;
    private final StrategyId strategyId;
    private final InstrumentId instrument;
    private final OrderSide side;
    private final OrderType type;
    private final long quantityRaw;
    private final long limitPriceRaw;
    private final long stopPriceRaw;
    private final TimeInForce timeInForce;
    private final long createdNanos;
    private OrderStatus status = OrderStatus.INITIALIZED;
    private long filledQuantityRaw;
    private long filledNotionalRaw;
    private long commissionRaw;
    private long lastEventNanos;
    private OrderRejected rejection;

    /**
     * Creates an order in state {@link OrderStatus#INITIALIZED}.
     *
     * @throws IllegalArgumentException if the quantity is not positive or a price the type needs is missing
     */
    public Order(ClientOrderId id, StrategyId strategyId, InstrumentId instrument, OrderSide side, OrderType type,
                 long quantityRaw, long limitPriceRaw, long stopPriceRaw, TimeInForce timeInForce, long createdNanos) {
        this.id = Objects.requireNonNull(id, "id");
        this.strategyId = Objects.requireNonNull(strategyId, "strategyId");
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.side = Objects.requireNonNull(side, "side");
        this.type = Objects.requireNonNull(type, "type");
        this.timeInForce = Objects.requireNonNull(timeInForce, "timeInForce");
        if (quantityRaw <= 0) {
            throw new IllegalArgumentException(id + ": quantity must be > 0, got " + FixedPoint.format(quantityRaw));
        }
        if (type.hasLimitPrice() != (limitPriceRaw > 0)) {
            throw new IllegalArgumentException(id + ": " + type + " order " + (type.hasLimitPrice() ? "needs a positive" : "takes no") + " limit price");
        }
        if (type.hasStopPrice() != (stopPriceRaw > 0)) {
            throw new IllegalArgumentException(id + ": " + type + " order " + (type.hasStopPrice() ? "needs a positive" : "takes no") + " stop price");
        }
        this.quantityRaw = quantityRaw;
        this.limitPriceRaw = limitPriceRaw;
        this.stopPriceRaw = stopPriceRaw;
        this.createdNanos = createdNanos;
        this.lastEventNanos = createdNanos;
    }

    /**
     * Applies the next event of this order.
     *
     * @throws IllegalArgumentException if the event is for another order, or a fill exceeds the open quantity
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
            throw new IllegalArgumentException(id + ": fill of " + FixedPoint.format(fill.quantityRaw())
                    + " exceeds the open quantity " + FixedPoint.format(open));
        }
        filledQuantityRaw += fill.quantityRaw();
        filledNotionalRaw += FixedPoint.multiply(fill.priceRaw(), fill.quantityRaw());
        commissionRaw += fill.commissionRaw();
        return filledQuantityRaw == quantityRaw ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
    }

    private OrderStatus require(OrderEvent event, OrderStatus target, boolean allowed) {
        if (!allowed) {
            throw new IllegalStateException(id + ": cannot apply " + event.getClass().getSimpleName() + " in state " + status);
        }
        return target;
    }

    /** The order's id. */
    public ClientOrderId id() {
        return id;
    }

    /** The strategy that placed it. */
    public StrategyId strategyId() {
        return strategyId;
    }

    /** The instrument traded. */
    public InstrumentId instrument() {
        return instrument;
    }

    /** Buy or sell. */
    public OrderSide side() {
        return side;
    }

    /** Market, limit, stop or stop-limit. */
    public OrderType type() {
        return type;
    }

    /** Ordered quantity, raw fixed point (positive). */
    public long quantityRaw() {
        return quantityRaw;
    }

    /** Ordered quantity. */
    public Quantity quantity() {
        return Quantity.ofRaw(quantityRaw);
    }

    /** Limit price, raw, or {@link #NO_PRICE}. */
    public long limitPriceRaw() {
        return limitPriceRaw;
    }

    /** Stop (trigger) price, raw, or {@link #NO_PRICE}. */
    public long stopPriceRaw() {
        return stopPriceRaw;
    }

    /** Time in force. */
    public TimeInForce timeInForce() {
        return timeInForce;
    }

    /** Creation time, nanoseconds since the epoch (UTC). */
    public long createdNanos() {
        return createdNanos;
    }

    /** Time of the last applied event, nanoseconds since the epoch (UTC). */
    public long lastEventNanos() {
        return lastEventNanos;
    }

    /** Current state. */
    public OrderStatus status() {
        return status;
    }

    /** Quantity filled so far, raw. */
    public long filledQuantityRaw() {
        return filledQuantityRaw;
    }

    /** Quantity still open, raw. */
    public long openQuantityRaw() {
        return status.isTerminal() ? 0 : quantityRaw - filledQuantityRaw;
    }

    /** Volume-weighted average fill price (rounded half-even), or zero before the first fill. */
    public Price averageFillPrice() {
        return filledQuantityRaw == 0 ? Price.ZERO : Price.ofRaw(FixedPoint.divide(filledNotionalRaw, filledQuantityRaw));
    }

    /** Fees paid so far, raw, in the fill's currency. */
    public long commissionRaw() {
        return commissionRaw;
    }

    /** The rejection, when the order was rejected, else null. */
    public OrderRejected rejection() {
        return rejection;
    }

    @Override
    public String toString() {
        return id + " " + side + " " + FixedPoint.format(quantityRaw) + " " + instrument + " " + type
                + (limitPriceRaw > 0 ? " limit " + FixedPoint.format(limitPriceRaw) : "")
                + (stopPriceRaw > 0 ? " stop " + FixedPoint.format(stopPriceRaw) : "") + " [" + status + "]";
    }
}
