package wave.engine.order;

import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;
import wave.domain.order.ClientOrderId;
import wave.domain.order.Order;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.domain.order.OrderType;
import wave.domain.order.StrategyId;
import wave.domain.order.TimeInForce;

/**
 * The strategy's handle on an order it placed. Status and fills arrive later, through events, in every
 * mode. An order sized at the fill price ({@link Sizing#resolvedAtFill()}) has no {@link Order} until the
 * venue prices it; until then the ticket reports {@link OrderStatus#INITIALIZED}.
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
    private final TimeInForce timeInForce;
    private final long placedNanos;
    private Order order;
    private OrderStatus unsizedStatus = OrderStatus.INITIALIZED;
    private String reason = "";
    private boolean stopTriggered;

    OrderTicket(ClientOrderId id, StrategyId strategyId, InstrumentId instrument, OrderSide side, OrderType type, Sizing sizing, long limitPriceRaw,
                long stopPriceRaw, TimeInForce timeInForce, long placedNanos) {
        this.id = id;
        this.strategyId = strategyId;
        this.instrument = instrument;
        this.side = side;
        this.type = type;
        this.sizing = sizing;
        this.limitPriceRaw = limitPriceRaw;
        this.stopPriceRaw = stopPriceRaw;
        this.timeInForce = timeInForce;
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

    /** How the quantity is determined. */
    public Sizing sizing() {
        return sizing;
    }

    /** Limit price, raw, or 0. */
    public long limitPriceRaw() {
        return limitPriceRaw;
    }

    /** Stop price, raw, or 0. */
    public long stopPriceRaw() {
        return stopPriceRaw;
    }

    /** Time in force. */
    public TimeInForce timeInForce() {
        return timeInForce;
    }

    /** When the strategy placed it, nanoseconds since the epoch (UTC). */
    public long placedNanos() {
        return placedNanos;
    }

    /** The order, or null while it waits to be sized at the fill price. */
    public Order order() {
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

    /** Why the order was rejected or canceled, or empty. */
    public String reason() {
        return reason;
    }

    void attach(Order order) {
        this.order = order;
    }

    void closeUnsized(OrderStatus status, String reason) {
        this.unsizedStatus = status;
        this.reason = reason;
    }

    void reason(String reason) {
        this.reason = reason;
    }

    void triggerStop() {
        stopTriggered = true;
    }

    /** True once a stop-limit order's stop price has traded (it then works as a limit order). */
    public boolean stopTriggered() {
        return stopTriggered;
    }

    @Override
    public String toString() {
        return id + " " + side + " " + (sizing instanceof Sizing.Fixed f ? FixedPoint.format(f.quantityRaw()) : sizing)
                + " " + instrument + " " + type + " [" + status() + "]";
    }
}
