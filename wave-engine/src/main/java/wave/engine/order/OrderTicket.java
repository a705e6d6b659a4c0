package wave.engine.order;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;
import wave.domain.order.ClientOrderId;
import wave.domain.order.Order;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.domain.order.OrderType;
import wave.domain.order.OrderView;
import wave.domain.order.StrategyId;
import wave.domain.order.TimeInForce;
import wave.domain.order.TrailingOffset;
import wave.domain.order.VenueOrderId;

/**
 * The strategy's handle on an order it placed. Status and fills arrive later, through events, in every
 * mode. A ticket is created with the order's full terms ({@code OrderInitialized}) and gets its order when it
 * passes the pre-trade check with a known quantity; an order sized at the fill price ({@link Sizing#resolvedAtFill()})
 * gets it when the venue prices it, and a bracket's exit when its entry fills. Until then the ticket reports
 * {@link OrderStatus#INITIALIZED}; a ticket refused by the pre-trade check reports {@link OrderStatus#DENIED}.
 */
public final class OrderTicket {
    private final ClientOrderId id;
    private final StrategyId strategyId;
    private final InstrumentId instrument;
    private final OrderSide side;
    private final OrderType type;
    private final Sizing sizing;
    private final long limitPriceRaw;
    private final long stopPriceRaw;
    private final TrailingOffset trailingOffset;
    private final TimeInForce timeInForce;
    private final long expireNanos;
    private final long placedNanos;
    private long notionalCapRaw = Long.MAX_VALUE;
    private VenueOrderId venueOrderId;
    private Order order;
    private OrderStatus unsizedStatus = OrderStatus.INITIALIZED;
    private String reason = "";
    private String reasonCode = "";
    private List<OrderFilled> fills = List.of();
    /** The first fill; {@link #fills} stays empty until a second one arrives. */
    private OrderFilled onlyFill;
    private boolean stopTriggered;
    private boolean sent;
    private Extras extras;

    /** State only some orders have (links to other orders, a trailing stop's level): allocated when first needed. */
    private static final class Extras {
        private List<OrderTicket> ocoGroup = List.of();
        private BracketTicket bracket;
        private long trailingStopPriceRaw;
    }

    OrderTicket(ClientOrderId id, StrategyId strategyId, InstrumentId instrument, OrderSide side, OrderType type, Sizing sizing,
                long limitPriceRaw, long stopPriceRaw, TrailingOffset trailingOffset, TimeInForce timeInForce,
                long expireNanos, long placedNanos) {
        this.id = id;
        this.strategyId = strategyId;
        this.instrument = instrument;
        this.side = side;
        this.type = type;
        this.sizing = sizing;
        this.limitPriceRaw = limitPriceRaw;
        this.stopPriceRaw = stopPriceRaw;
        this.trailingOffset = trailingOffset;
        this.timeInForce = timeInForce;
        this.expireNanos = expireNanos;
        this.placedNanos = placedNanos;
    }

    /** The order's id. */
    public ClientOrderId id() {
        return id;
    }

    /** The strategy that placed it. */
    public StrategyId strategyId() {
        return strategyId;
    }

    /** Instrument ordered. */
    public InstrumentId instrument() {
        return instrument;
    }

    /** Buy or sell. */
    public OrderSide side() {
        return side;
    }

    /** Order type. */
    public OrderType type() {
        return type;
    }

    /** How the quantity was requested (a bracket's exits are sized to the entry's filled quantity instead). */
    public Sizing sizing() {
        return sizing;
    }

    /** Ordered quantity, raw: the order's (after any update), else the requested fixed size, else 0. */
    public long quantityRaw() {
        if (order != null) {
            return order.quantityRaw();
        }
        return sizing instanceof Sizing.Fixed f ? f.quantityRaw() : 0;
    }

    /** Limit price, raw, or 0 (the current one, after any update). */
    public long limitPriceRaw() {
        return order != null ? order.limitPriceRaw() : limitPriceRaw;
    }

    /** Stop price, raw, or 0 (the current one, after any update; see {@link #trailingStopPriceRaw()} for trailing stops). */
    public long stopPriceRaw() {
        return order != null ? order.stopPriceRaw() : stopPriceRaw;
    }

    /** Distance of a trailing stop from the best price, or null. */
    public TrailingOffset trailingOffset() {
        return trailingOffset;
    }

    /** Time in force. */
    public TimeInForce timeInForce() {
        return timeInForce;
    }

    /** Expiry time of a GTD order, nanoseconds since the epoch (UTC), or {@link OrderView#NO_EXPIRY}. */
    public long expireNanos() {
        return expireNanos;
    }

    /** When the strategy placed it, nanoseconds since the epoch (UTC). */
    public long placedNanos() {
        return placedNanos;
    }

    /**
     * The order, read-only (the live order, not a copy), or null while it waits to be sized (at the fill price, or by
     * its bracket's entry fill).
     */
    public OrderView order() {
        return order;
    }

    /** The mutable order, or null while unsized: for the {@link OrderManager}, which alone applies its events. */
    Order mutableOrder() {
        return order;
    }

    /** Current status. */
    public OrderStatus status() {
        return order != null ? order.status() : unsizedStatus;
    }

    /** True while it may still fill. */
    public boolean isOpen() {
        OrderStatus s = status();
        return !s.isTerminal();
    }

    /** Filled quantity, raw. */
    public long filledQuantityRaw() {
        return order == null ? 0 : order.filledQuantityRaw();
    }

    /** Why the order was denied, rejected or canceled, or empty. */
    public String reason() {
        return reason;
    }

    /**
     * Why the order ended without filling entirely, machine-readable, or empty: the {@code DenyReason} or
     * {@code RejectReason} name of a refused order, the {@link CancelCode} of a canceled or expired one.
     */
    public String reasonCode() {
        return reasonCode;
    }

    /** The orders of its one-cancels-other group, itself included, or an empty list. */
    public List<OrderTicket> ocoGroup() {
        return extras == null ? List.of() : extras.ocoGroup;
    }

    /** The bracket this order belongs to (as its entry or one of its exits), or null. */
    public BracketTicket bracket() {
        return extras == null ? null : extras.bracket;
    }

    /** True when a fill or the end of this order affects other orders (OCO group or bracket). */
    public boolean isContingent() {
        return extras != null && (extras.bracket != null || !extras.ocoGroup.isEmpty());
    }

    /**
     * True once the kernel sent the order to the execution client (a bracket's exits only when the entry fills; a
     * denied order never).
     */
    public boolean isSent() {
        return sent;
    }

    void markSent() {
        sent = true;
    }

    /**
     * The venue's id of the order (a broker's order id, from its reports), or null before the venue gave one; the
     * simulated exchange's ids are derived ({@code SIM-<client order id>}) and not stored.
     */
    public VenueOrderId venueOrderId() {
        return venueOrderId;
    }

    void venueOrderId(VenueOrderId value) {
        this.venueOrderId = value;
    }

    /** The most a notional order may spend (its strategy's budget left when it was placed), raw; unlimited by default. */
    public long notionalCapRaw() {
        return notionalCapRaw;
    }

    void capNotional(long capRaw) {
        this.notionalCapRaw = capRaw;
    }

    void attach(Order order) {
        this.order = order;
    }

    void closeUnsized(OrderStatus status, String reason) {
        this.unsizedStatus = status;
        this.reason = reason;
    }

    /** Every fill of the order so far, oldest first (partial fills each appear). */
    public List<OrderFilled> fills() {
        if (fills.isEmpty() && onlyFill != null) {
            return List.of(onlyFill);
        }
        return Collections.unmodifiableList(fills);
    }

    /**
     * Records a fill. The usual single fill is kept in a field (no list per order); a list is built only when a
     * second fill arrives.
     */
    void recordFill(OrderFilled fill) {
        if (onlyFill == null) {
            onlyFill = fill;
            return;
        }
        if (fills.isEmpty()) {
            fills = new ArrayList<>(4);
            fills.add(onlyFill);
        }
        fills.add(fill);
    }

    void reason(String code, String reason) {
        this.reasonCode = code;
        this.reason = reason;
    }

    void triggerStop() {
        stopTriggered = true;
    }

    void trail(long stopPriceRaw) {
        extras().trailingStopPriceRaw = stopPriceRaw;
    }

    void ocoGroup(List<OrderTicket> group) {
        extras().ocoGroup = group;
    }

    void bracket(BracketTicket value) {
        extras().bracket = value;
    }

    private Extras extras() {
        if (extras == null) {
            extras = new Extras();
        }
        return extras;
    }

    /**
     * True once a stop-family order's stop price has traded: a stop-limit then works as a limit order, a stop or
     * trailing stop whose quantity is not yet entirely filled as a market order.
     */
    public boolean stopTriggered() {
        return stopTriggered;
    }

    /** A trailing stop's current stop price at the venue, raw, or 0 before it reaches the venue. */
    public long trailingStopPriceRaw() {
        return extras == null ? 0 : extras.trailingStopPriceRaw;
    }

    @Override
    public String toString() {
        return id + " " + side + " " + (sizing instanceof Sizing.Fixed f ? FixedPoint.formatQuantity(f.quantityRaw()) : sizing)
                + " " + instrument + " " + type + " [" + status() + "]";
    }
}
