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
 * <p>Strategies see it as an {@link OrderView}: {@link #apply(OrderEvent)} is protected, for this package and for the
 * engine's order ticket, which extends this class so that an order is one object (its terms, its state and the
 * strategy's handle on it). Built with {@link #builder}; a subclass may create it <em>unsized</em> (quantity decided
 * later, e.g. at the fill price) and {@link #size} it once.
 */
public class Order implements OrderView {
    private final ClientOrderId id;
    private final StrategyId strategyId;
    private final InstrumentId instrument;
    private final OrderSide side;
    private final OrderType type;
    private final TrailingOffset trailingOffset;
    private final TimeInForce timeInForce;
    private final long expireNanos;
    private final long createdNanos;
    private boolean sized;
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
     * Starts the terms of an order: quantity, prices, offset and expiry follow ({@link OrderView#NO_PRICE},
     * {@link OrderView#NO_EXPIRY}, no offset and {@link TimeInForce#GTC} unless set), then {@link Builder#build()}.
     */
    public static Builder builder(ClientOrderId id, StrategyId strategyId, InstrumentId instrument, OrderSide side,
                                  OrderType type) {
        return new Builder(id, strategyId, instrument, side, type);
    }

    /**
     * Creates an order in state {@link OrderStatus#INITIALIZED} from its terms.
     *
     * @param sized false for an order whose quantity is decided later ({@link #size}): its quantity may then be 0
     *              (or a provisional value) and is checked when it is sized
     * @throws IllegalArgumentException if the quantity of a sized order is not positive, or a price, offset or expiry
     *                                  the type and time in force need is missing (or one they do not use is given)
     */
    protected Order(Builder terms, boolean sized) {
        // Reads the terms into fields, then checks the fields: the builder goes no further than this constructor, so
        // that the JIT can drop it once the constructor is inlined (placing an order then allocates no builder).
        this.id = Objects.requireNonNull(terms.id, "id");
        this.strategyId = Objects.requireNonNull(terms.strategyId, "strategyId");
        this.instrument = Objects.requireNonNull(terms.instrument, "instrument");
        this.side = Objects.requireNonNull(terms.side, "side");
        this.type = Objects.requireNonNull(terms.type, "type");
        this.timeInForce = Objects.requireNonNull(terms.timeInForce, "timeInForce");
        this.trailingOffset = terms.trailingOffset;
        this.expireNanos = terms.expireNanos;
        this.quantityRaw = terms.quantityRaw;
        this.limitPriceRaw = terms.limitPriceRaw;
        this.stopPriceRaw = terms.stopPriceRaw;
        this.createdNanos = terms.createdNanos;
        this.lastEventNanos = terms.createdNanos;
        this.sized = sized;
        checkTerms(sized ? quantityRaw : 1, limitPriceRaw, stopPriceRaw);
        checkTrailingOffsetAndExpiry();
    }

    /** Checks that the order has the trailing offset and expiry its type and time in force need, and no other. */
    private void checkTrailingOffsetAndExpiry() {
        if (type.isTrailing() != (trailingOffset != null)) {
            throw new IllegalArgumentException(id + ": " + type + " order " + (type.isTrailing() ? "needs a" : "takes no")
                    + " trailing offset");
        }
        if ((timeInForce == TimeInForce.GTD) != (expireNanos != NO_EXPIRY)) {
            throw new IllegalArgumentException(id + ": " + timeInForce + " order " + (timeInForce == TimeInForce.GTD
                    ? "needs an" : "takes no") + " expiry time");
        }
    }

    /**
     * Gives an unsized order its quantity (once).
     *
     * @throws IllegalStateException    if it is already sized or has ended
     * @throws IllegalArgumentException if the quantity is not positive
     */
    protected final void size(long quantity) {
        if (sized || status != OrderStatus.INITIALIZED) {
            throw new IllegalStateException(id + " is already sized or has ended (" + status + ")");
        }
        checkTerms(quantity, limitPriceRaw, stopPriceRaw);
        this.quantityRaw = quantity;
        this.sized = true;
    }

    /** True once the order has its quantity (always for an order built by {@link Builder#build()}). */
    public final boolean isSized() {
        return sized;
    }

    /**
     * Ends an order that was never sized (denied, rejected, or canceled while it waited for its quantity): it goes
     * straight to {@code terminal}, no event being applied.
     *
     * @throws IllegalStateException    if it is sized or has ended
     * @throws IllegalArgumentException if {@code terminal} is not an end state
     */
    protected final void endUnsized(OrderStatus terminal) {
        if (sized || status != OrderStatus.INITIALIZED) {
            throw new IllegalStateException(id + " is sized or has ended (" + status + "); apply its event instead");
        }
        if (!terminal.isTerminal()) {
            throw new IllegalArgumentException(id + ": " + terminal + " is not an end state");
        }
        this.status = terminal;
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
     * @throws IllegalStateException    if the event is not allowed in the current state, or the order is not sized
     */
    protected void apply(OrderEvent event) {
        requireSized(event.getClass());
        if (!event.orderId().equals(id)) {
            throw new IllegalArgumentException("event for " + event.orderId() + " applied to " + id);
        }
        // An instanceof chain rather than a pattern switch: this runs for every order event on the kernel thread,
        // and exact-type checks on final record classes compile to a pointer compare each.
        OrderStatus next;
        if (event instanceof OrderFilled e) {
            next = applyFill(e);
        } else if (event instanceof OrderAccepted e) {
            next = acceptedState(e.getClass());
        } else if (event instanceof OrderSubmitted e) {
            next = submittedState(e.getClass());
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

    /**
     * Moves the order as applying {@link OrderSubmitted} at {@code tsNanos} would, without the event: for a sender that
     * builds the event only when someone reads it.
     *
     * @throws IllegalStateException if the order is not sized or not {@code INITIALIZED}
     */
    protected void markSubmitted(long tsNanos) {
        requireSized(OrderSubmitted.class);
        status = submittedState(OrderSubmitted.class);
        lastEventNanos = tsNanos;
    }

    /**
     * Moves the order as applying {@link OrderAccepted} at {@code tsNanos} would, without the event: for a sender that
     * builds the event only when someone reads it.
     *
     * @throws IllegalStateException if the order is not sized or not {@code SUBMITTED}
     */
    protected void markAccepted(long tsNanos) {
        requireSized(OrderAccepted.class);
        status = acceptedState(OrderAccepted.class);
        lastEventNanos = tsNanos;
    }

    private OrderStatus submittedState(Class<? extends OrderEvent> event) {
        return require(event, OrderStatus.SUBMITTED, status == OrderStatus.INITIALIZED);
    }

    private OrderStatus acceptedState(Class<? extends OrderEvent> event) {
        return require(event, OrderStatus.ACCEPTED, status == OrderStatus.SUBMITTED);
    }

    private void requireSized(Class<? extends OrderEvent> event) {
        if (!sized) {
            throw new IllegalStateException(id + " has no quantity yet; cannot apply " + event.getSimpleName());
        }
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
        return require(event.getClass(), target, allowed);
    }

    private OrderStatus require(Class<? extends OrderEvent> event, OrderStatus target, boolean allowed) {
        if (!allowed) {
            throw new IllegalStateException(id + ": cannot apply " + event.getSimpleName() + " in state " + status);
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

    /** The terms of an order, set one by one; {@link #build()} checks them. */
    public static final class Builder {
        private final ClientOrderId id;
        private final StrategyId strategyId;
        private final InstrumentId instrument;
        private final OrderSide side;
        private final OrderType type;
        private long quantityRaw;
        private long limitPriceRaw = NO_PRICE;
        private long stopPriceRaw = NO_PRICE;
        private TrailingOffset trailingOffset;
        private TimeInForce timeInForce = TimeInForce.GTC;
        private long expireNanos = NO_EXPIRY;
        private long createdNanos;

        private Builder(ClientOrderId id, StrategyId strategyId, InstrumentId instrument, OrderSide side, OrderType type) {
            this.id = id;
            this.strategyId = strategyId;
            this.instrument = instrument;
            this.side = side;
            this.type = type;
        }

        /** Quantity ordered, raw fixed point, positive (0 for an order a subclass sizes later). */
        public Builder quantity(long raw) {
            this.quantityRaw = raw;
            return this;
        }

        /** Limit price of LIMIT and STOP_LIMIT orders, raw fixed point. */
        public Builder limitPrice(long raw) {
            this.limitPriceRaw = raw;
            return this;
        }

        /** Stop price of STOP and STOP_LIMIT orders, raw fixed point. */
        public Builder stopPrice(long raw) {
            this.stopPriceRaw = raw;
            return this;
        }

        /** Distance of a {@link OrderType#TRAILING_STOP}'s stop from the best price; null for other types. */
        public Builder trailingOffset(TrailingOffset value) {
            this.trailingOffset = value;
            return this;
        }

        /** Time in force (GTC unless set). */
        public Builder timeInForce(TimeInForce value) {
            this.timeInForce = value;
            return this;
        }

        /** Expiry time of a {@link TimeInForce#GTD} order, nanoseconds since the epoch (UTC). */
        public Builder expireNanos(long value) {
            this.expireNanos = value;
            return this;
        }

        /** When the order was created, nanoseconds since the epoch (UTC). */
        public Builder createdNanos(long value) {
            this.createdNanos = value;
            return this;
        }

        /**
         * The order, in state {@link OrderStatus#INITIALIZED}.
         *
         * @throws IllegalArgumentException if the quantity is not positive, or a price, offset or expiry the type and
         *                                  time in force need is missing (or one they do not use is given)
         */
        public Order build() {
            return new Order(this, true);
        }
    }
}
