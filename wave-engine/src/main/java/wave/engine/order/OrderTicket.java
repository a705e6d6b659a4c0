package wave.engine.order;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import wave.domain.money.FixedPoint;
import wave.domain.order.Order;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderStatus;
import wave.domain.order.OrderUpdated;
import wave.domain.order.OrderView;
import wave.domain.order.VenueOrderId;

/**
 * The strategy's handle on an order it placed, and the order itself: one object per order, whose order state
 * ({@link Order}, read through {@link #order()} as an {@link OrderView}) only the {@link OrderManager} changes. Status
 * and fills arrive later, through events, in every mode. A ticket is created with the order's full terms
 * ({@code OrderInitialized}) and is sized when it passes the pre-trade check with a known quantity; an order sized at
 * the fill price ({@link Sizing#resolvedAtFill()}) is sized when the venue prices it, and a bracket's exit when its
 * entry fills. Until then {@link #order()} is null and the ticket reports {@link OrderStatus#INITIALIZED}; a ticket
 * refused by the pre-trade check reports {@link OrderStatus#DENIED}.
 */
public final class OrderTicket extends Order {
    /** How the quantity was requested; null for a fixed quantity, which the terms carry (see {@link #sizing()}). */
    private final Sizing sizing;
    /** The first fill; {@link Extras#fills} holds them all once a second one arrives. */
    private OrderFilled onlyFill;
    private boolean stopTriggered;
    private boolean sent;
    private Extras extras;

    /**
     * State only some orders have (links to other orders, a trailing stop's level, a second fill, a budget cap, a
     * broker's id, why it ended unfilled): allocated when first needed, so that the usual order is one smaller object.
     */
    private static final class Extras {
        private List<OrderTicket> ocoGroup = List.of();
        private BracketTicket bracket;
        private long trailingStopPriceRaw;
        private List<OrderFilled> fills = List.of();
        private long notionalCapRaw = Long.MAX_VALUE;
        private VenueOrderId venueOrderId;
        private String reason = "";
        private String reasonCode = "";
        /** The fixed quantity requested, kept before an update changes the order's quantity. */
        private Sizing.Fixed requested;
    }

    /**
     * An unsized ticket with the order's terms: their quantity is the requested fixed size, else 0 (decided when the
     * ticket is sized).
     *
     * @param sizing how the quantity was requested, or null for the terms' fixed quantity (no {@link Sizing.Fixed} is
     *               then kept per order; {@link #sizing()} builds it when asked)
     */
    OrderTicket(Order.Builder terms, Sizing sizing) {
        super(terms, false);
        this.sizing = sizing;
    }

    /**
     * How the quantity was requested (a bracket's exits are sized to the entry's filled quantity instead). For an order
     * placed with a fixed quantity and no {@code Sizing} object, a new {@link Sizing.Fixed} of the requested quantity.
     */
    public Sizing sizing() {
        if (sizing != null) {
            return sizing;
        }
        return extras != null && extras.requested != null ? extras.requested : new Sizing.Fixed(quantityRaw());
    }

    /** True for a notional order (percent or all-in), whose quantity is resolved from a budget and a price. */
    public boolean resolvedAtFill() {
        return sizing != null && sizing.resolvedAtFill();
    }

    /** When the strategy placed it, nanoseconds since the epoch (UTC): the order's {@link #createdNanos()}. */
    public long placedNanos() {
        return createdNanos();
    }

    /**
     * The order, read-only (this ticket typed as its order), or null while it waits to be sized (at the fill price,
     * or by its bracket's entry fill).
     */
    public OrderView order() {
        return isSized() ? this : null;
    }

    /** Applies an order event: for the {@link OrderManager}, which alone moves orders through their states. */
    @Override
    protected void apply(OrderEvent event) {
        if (sizing == null && event instanceof OrderUpdated && (extras == null || extras.requested == null)) {
            extras().requested = new Sizing.Fixed(quantityRaw());
        }
        super.apply(event);
    }

    /** Moves the order to {@code SUBMITTED} without an event: for the {@link OrderManager}, when nobody reads it. */
    @Override
    protected void markSubmitted(long tsNanos) {
        super.markSubmitted(tsNanos);
    }

    /** Moves the order to {@code ACCEPTED} without an event: for the {@link OrderManager}, when nobody reads it. */
    @Override
    protected void markAccepted(long tsNanos) {
        super.markAccepted(tsNanos);
    }

    /** Gives the ticket its quantity (the pre-trade check passed, the venue priced it, or its bracket's entry filled). */
    void sizeTo(long quantityRaw) {
        size(quantityRaw);
    }

    /** True while it may still fill. */
    public boolean isOpen() {
        OrderStatus s = status();
        return !s.isTerminal();
    }

    /** Why the order was denied, rejected or canceled, or empty. */
    public String reason() {
        return extras == null ? "" : extras.reason;
    }

    /**
     * Why the order ended without filling entirely, machine-readable, or empty: the {@code DenyReason} or
     * {@code RejectReason} name of a refused order, the {@link CancelCode} of a canceled or expired one.
     */
    public String reasonCode() {
        return extras == null ? "" : extras.reasonCode;
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
        return extras == null ? null : extras.venueOrderId;
    }

    void venueOrderId(VenueOrderId value) {
        extras().venueOrderId = value;
    }

    /** The most a notional order may spend (its strategy's budget left when it was placed), raw; unlimited by default. */
    public long notionalCapRaw() {
        return extras == null ? Long.MAX_VALUE : extras.notionalCapRaw;
    }

    void capNotional(long capRaw) {
        extras().notionalCapRaw = capRaw;
    }

    /** Ends a ticket that was never sized: denied, rejected or canceled before it had its quantity. */
    void closeUnsized(OrderStatus status, String reason) {
        endUnsized(status);
        extras().reason = reason;
    }

    /** Every fill of the order so far, oldest first (partial fills each appear). */
    public List<OrderFilled> fills() {
        if (extras == null || extras.fills.isEmpty()) {
            return onlyFill == null ? List.of() : List.of(onlyFill);
        }
        return Collections.unmodifiableList(extras.fills);
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
        Extras more = extras();
        if (more.fills.isEmpty()) {
            more.fills = new ArrayList<>(4);
            more.fills.add(onlyFill);
        }
        more.fills.add(fill);
    }

    void reason(String code, String reason) {
        Extras more = extras();
        more.reasonCode = code;
        more.reason = reason;
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
        Sizing requested = sizing();
        return id() + " " + side() + " " + (requested instanceof Sizing.Fixed f ? FixedPoint.formatQuantity(f.quantityRaw()) : requested)
                + " " + instrument() + " " + type() + " [" + status() + "]";
    }
}
