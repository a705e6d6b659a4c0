package wave.engine.order;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.order.ClientOrderId;
import wave.domain.order.DenyReason;
import wave.domain.order.Order;
import wave.domain.order.OrderAccepted;
import wave.domain.order.OrderCanceled;
import wave.domain.order.OrderDenied;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderInitialized;
import wave.domain.order.OrderRejected;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStateChange;
import wave.domain.order.OrderStatus;
import wave.domain.order.OrderSubmitted;
import wave.domain.order.OrderType;
import wave.domain.order.OrderUpdated;
import wave.domain.order.RejectReason;
import wave.domain.order.StrategyId;
import wave.domain.order.TimeInForce;
import wave.domain.order.TrailingOffset;
import wave.domain.order.VenueOrderId;
import wave.engine.journal.Journal;

/**
 * Owns every order of a session: assigns ids, creates tickets with their full terms ({@code OrderInitialized}),
 * records the pre-trade decision ({@code OrderDenied} or {@code OrderSubmitted}), turns venue decisions into events,
 * applies each event to its order and hands it to the sink. Also records which orders are linked (OCO groups,
 * brackets); acting on those links, and deciding whether an order may be sent, is the kernel's job.
 * Single-threaded (the kernel thread).
 */
public final class OrderManager {
    /** The sizing text of a bracket's exits in {@code OrderInitialized}. */
    static final String BRACKET_EXIT = "bracket-exit";
    private static final String FIXED = "fixed";
    private static final String ALL_IN = "all-in";

    private final OrderEventSink sink;
    private OrderIds ids;
    private final Journal journal;
    private final List<OrderTicket> tickets = new ArrayList<>();
    private final Map<ClientOrderId, OrderTicket> byId = new HashMap<>();

    /** An order manager reporting to {@code sink}, with backtest ids ({@code O-1}, {@code O-2}, ...). */
    public OrderManager(OrderEventSink sink) {
        this(sink, OrderIds.backtest(), Journal.NONE);
    }

    /**
     * An order manager reporting to {@code sink}, taking ids from {@code ids} and writing every event to {@code journal}
     * before it is applied.
     */
    public OrderManager(OrderEventSink sink, OrderIds ids, Journal journal) {
        this.sink = sink;
        this.ids = ids;
        this.journal = journal;
    }

    /**
     * Takes ids from {@code value} from now on (a paper or live session's own tag, its sequence restored on restart).
     *
     * @throws IllegalStateException once an order exists
     */
    public void useIds(OrderIds value) {
        if (!tickets.isEmpty()) {
            throw new IllegalStateException("order ids are chosen before the first order; " + tickets.size() + " exist");
        }
        this.ids = value;
    }

    /** The id sequence (its next value is restored on restart). */
    public OrderIds ids() {
        return ids;
    }

    /**
     * Creates a ticket with its full terms and emits {@code OrderInitialized} (built only when the journal records or
     * the sink {@link OrderEventSink#readsOrderInitialized() reads it}); the order is not sent yet (the kernel runs
     * the pre-trade check, then {@link #size sizes} or {@link #deny denies} it).
     *
     * @param notionalRaw estimated cash amount of a notional (percent or all-in) order, raw; 0 for a fixed size
     */
    public OrderTicket initialize(StrategyId strategyId, InstrumentId instrument, OrderSide side, OrderType type, Sizing sizing,
                                  long limitPriceRaw, long stopPriceRaw, TimeInForce timeInForce, long notionalRaw,
                                  long nowNanos) {
        long quantity = sizing instanceof Sizing.Fixed fixed ? fixed.quantityRaw() : 0;
        return newTicket(strategyId, instrument, side, type, sizing, limitPriceRaw, stopPriceRaw, null, timeInForce,
                Order.NO_EXPIRY, quantity, notionalRaw, sizingText(sizing), nowNanos);
    }

    /**
     * Creates a ticket for a fixed quantity, without a {@link Sizing} object, and emits {@code OrderInitialized}; the
     * order is not sent yet.
     *
     * @param quantityRaw the quantity, raw fixed point
     * @throws IllegalArgumentException if the quantity is not positive (as {@link Sizing.Fixed} would)
     */
    public OrderTicket initialize(StrategyId strategyId, InstrumentId instrument, OrderSide side, OrderType type,
                                  long quantityRaw, long limitPriceRaw, long stopPriceRaw, TimeInForce timeInForce,
                                  long nowNanos) {
        Sizing.Fixed.requirePositive(quantityRaw);
        return newTicket(strategyId, instrument, side, type, null, limitPriceRaw, stopPriceRaw, null, timeInForce,
                Order.NO_EXPIRY, quantityRaw, 0, FIXED, nowNanos);
    }

    /** Creates a ticket for a request (a fixed quantity) and emits {@code OrderInitialized}; the order is not sent yet. */
    public OrderTicket initialize(StrategyId strategyId, InstrumentId instrument, OrderRequest request, long nowNanos) {
        return newTicket(strategyId, instrument, request.side(), request.type(), null, request.limitPriceRaw(),
                request.stopPriceRaw(), request.trailingOffset(), request.timeInForce(), request.expireNanos(),
                request.quantityRaw(), 0, FIXED, nowNanos);
    }

    /**
     * The sizing text of {@code OrderInitialized}: {@code fixed} (the quantity is in the event), {@code all-in} or
     * {@code percent:<p>}; constants for the common kinds, so that placing an order builds no string.
     */
    private static String sizingText(Sizing sizing) {
        return switch (sizing) {
            case Sizing.Fixed ignored -> FIXED;
            case Sizing.AllIn ignored -> ALL_IN;
            case Sizing.PercentOfEquity p -> p.toString();
        };
    }

    private OrderTicket newTicket(StrategyId strategyId, InstrumentId instrument, OrderSide side, OrderType type, Sizing sizing,
                                  long limitPriceRaw, long stopPriceRaw, TrailingOffset trailingOffset,
                                  TimeInForce timeInForce, long expireNanos, long quantityRaw, long notionalRaw,
                                  String sizingText, long nowNanos) {
        OrderTicket ticket = new OrderTicket(Order.builder(ids.next(), strategyId, instrument, side, type).quantity(quantityRaw)
                .limitPrice(limitPriceRaw).stopPrice(stopPriceRaw).trailingOffset(trailingOffset).timeInForce(timeInForce)
                .expireNanos(expireNanos).createdNanos(nowNanos), sizing);
        add(ticket);
        if (journal.isRecording() || sink.readsOrderInitialized()) {
            publish(ticket, new OrderInitialized(ticket.id(), nowNanos, strategyId, instrument, side, type, quantityRaw,
                    notionalRaw, limitPriceRaw, stopPriceRaw, trailingOffset, timeInForce, expireNanos, sizingText), null,
                    null);
        }
        return ticket;
    }

    /**
     * Initializes a bracket: the entry, then the stop-loss (a stop order) and the take-profit (a limit order) on the
     * other side, which wait, unsized, until the entry fills (see {@link BracketTicket}). The caller sends the entry.
     *
     * @throws IllegalArgumentException unless {@code stopLoss < takeProfit} for a buy entry ({@code >} for a sell),
     *                                  with a limit entry's price strictly between them
     */
    public BracketTicket initializeBracket(StrategyId strategyId, InstrumentId instrument, OrderRequest entry,
                                           long stopLossRaw, long takeProfitRaw, long nowNanos) {
        checkBracketPrices(entry, stopLossRaw, takeProfitRaw);
        OrderSide exitSide = entry.side().opposite();
        Quantity quantity = Quantity.ofRaw(entry.quantityRaw());
        BracketTicket bracket = new BracketTicket(initialize(strategyId, instrument, entry, nowNanos),
                exit(strategyId, instrument, OrderRequest.stop(exitSide, quantity, Price.ofRaw(stopLossRaw)), nowNanos),
                exit(strategyId, instrument, OrderRequest.limit(exitSide, quantity, Price.ofRaw(takeProfitRaw)), nowNanos));
        if (journal.isRecording()) {
            journal.append(nowNanos, new OrderStateChange.BracketLinked(nowNanos, bracket.entry().id(), bracket.stopLoss().id(),
                    bracket.takeProfit().id()));
        }
        link(bracket);
        oco(List.of(bracket.stopLoss(), bracket.takeProfit()), nowNanos);
        return bracket;
    }

    private static void link(BracketTicket bracket) {
        bracket.entry().bracket(bracket);
        bracket.stopLoss().bracket(bracket);
        bracket.takeProfit().bracket(bracket);
    }

    /** A bracket exit: GTC, resized to the entry's filled quantity when the entry fills. */
    private OrderTicket exit(StrategyId strategyId, InstrumentId instrument, OrderRequest request, long nowNanos) {
        return newTicket(strategyId, instrument, request.side(), request.type(), new Sizing.Fixed(request.quantityRaw()),
                request.limitPriceRaw(), request.stopPriceRaw(), null, request.timeInForce(), Order.NO_EXPIRY,
                request.quantityRaw(), 0, BRACKET_EXIT, nowNanos);
    }

    private static void checkBracketPrices(OrderRequest entry, long stopLoss, long takeProfit) {
        int sign = entry.side().sign();
        long limit = entry.type() == OrderType.LIMIT ? entry.limitPriceRaw() : 0;
        boolean ordered = sign * Long.compare(takeProfit, stopLoss) > 0
                && (limit == 0 || (sign * Long.compare(limit, stopLoss) > 0 && sign * Long.compare(takeProfit, limit) > 0));
        if (stopLoss <= 0 || takeProfit <= 0 || !ordered) {
            throw new IllegalArgumentException("bracket " + entry.side() + (limit > 0 ? " limit " + FixedPoint.formatPrice(limit) : "")
                    + ": stop-loss " + FixedPoint.formatPrice(stopLoss) + " and take-profit " + FixedPoint.formatPrice(takeProfit)
                    + " must be positive, with the stop-loss " + (sign > 0 ? "below" : "above") + " the take-profit"
                    + (limit > 0 ? " and the entry limit between them" : ""));
        }
    }

    /**
     * Links orders one-cancels-other: when one of them fills (entirely or in part), the kernel cancels the others.
     *
     * @throws IllegalArgumentException with fewer than two distinct tickets
     * @throws IllegalStateException    if one has ended, has already filled, or is in another group
     */
    public void oco(List<OrderTicket> group, long tsNanos) {
        List<OrderTicket> members = List.copyOf(group);
        if (new HashSet<>(members).size() != members.size() || members.size() < 2) {
            throw new IllegalArgumentException("an OCO group needs at least two distinct orders, got " + members);
        }
        for (OrderTicket ticket : members) {
            if (!ticket.isOpen() || ticket.filledQuantityRaw() > 0 || !ticket.ocoGroup().isEmpty()) {
                throw new IllegalStateException("cannot link " + ticket + " one-cancels-other: it must be working, unfilled "
                        + "and in no other group");
            }
        }
        if (journal.isRecording()) {
            journal.append(tsNanos, new OrderStateChange.OcoLinked(tsNanos, members.stream().map(OrderTicket::id).toList()));
        }
        for (OrderTicket ticket : members) {
            ticket.ocoGroup(members);
        }
    }

    /**
     * Gives a ticket its quantity: the order is created and {@code OrderSubmitted} is emitted (the pre-trade check
     * passed, or the venue priced a notional order; built only when {@link #readsAcknowledgements someone reads it}).
     */
    public void size(OrderTicket ticket, long quantityRaw, long tsNanos) {
        if (ticket.isSized()) {
            throw new IllegalStateException(ticket.id() + " is already sized");
        }
        if (journal.isRecording()) {
            journal.append(tsNanos, new OrderStateChange.OrderSized(ticket.id(), tsNanos, quantityRaw));
        }
        ticket.sizeTo(quantityRaw);
        if (readsAcknowledgements(ticket)) {
            emit(ticket, new OrderSubmitted(ticket.id(), tsNanos));
        } else {
            ticket.markSubmitted(tsNanos);
        }
    }

    /** The kernel sent the order to the execution client ({@link OrderTicket#isSent()} from now on). */
    public void markSent(OrderTicket ticket) {
        ticket.markSent();
    }

    /** Records the venue's id of an order (journaled first), from the first report that names it. */
    public void assignVenueOrderId(OrderTicket ticket, VenueOrderId venueOrderId, long tsNanos) {
        journal.append(tsNanos, new OrderStateChange.VenueOrderAssigned(ticket.id(), tsNanos, venueOrderId));
        ticket.venueOrderId(venueOrderId);
    }

    /** Caps what a notional order may spend at its strategy's budget left (raw money), before it is sent. */
    public void capNotional(OrderTicket ticket, long capRaw) {
        ticket.capNotional(capRaw);
    }

    /** The pre-trade check refused the order: it is never sent. */
    public void deny(OrderTicket ticket, long tsNanos, DenyReason reason, String message) {
        if (ticket.isSized() || ticket.status() != OrderStatus.INITIALIZED) {
            throw new IllegalStateException(ticket.id() + " is " + ticket.status() + "; only an order not yet sent can be denied");
        }
        ticket.reason(reason.name(), message);
        publish(ticket, new OrderDenied(ticket.id(), tsNanos, reason, message), OrderStatus.DENIED, message);
    }

    /** The venue accepted the order ({@code OrderAccepted}, built only when {@link #readsAcknowledgements someone reads it}). */
    public void accept(OrderTicket ticket, long tsNanos) {
        if (readsAcknowledgements(ticket)) {
            emit(ticket, new OrderAccepted(ticket.id(), tsNanos));
        } else {
            ticket.markAccepted(tsNanos);
        }
    }

    /**
     * Whether {@code OrderSubmitted} and {@code OrderAccepted} of a ticket are built: when the journal records or the
     * sink {@link OrderEventSink#readsAcknowledgements reads them}; else the ticket changes state without them.
     */
    private boolean readsAcknowledgements(OrderTicket ticket) {
        return journal.isRecording() || sink.readsAcknowledgements(ticket);
    }

    /** The order (or, for an unsized ticket, the request) was refused. */
    public void reject(OrderTicket ticket, long tsNanos, RejectReason reason, String message) {
        ticket.reason(reason.name(), message);
        OrderRejected event = new OrderRejected(ticket.id(), tsNanos, reason, message);
        if (!ticket.isSized()) {
            publish(ticket, event, OrderStatus.REJECTED, message);
        } else {
            emit(ticket, event);
        }
    }

    /** The order stopped working. */
    public void cancel(OrderTicket ticket, long tsNanos, String reason) {
        ticket.reason(CancelCode.of(reason), reason);
        OrderCanceled event = new OrderCanceled(ticket.id(), tsNanos, reason);
        if (!ticket.isSized()) {
            publish(ticket, event, OrderStatus.CANCELED, reason);
        } else {
            emit(ticket, event);
        }
    }

    /**
     * Checks a modification before it is sent: its new total quantity and prices, without changing the order.
     *
     * @throws IllegalStateException    if the ticket has no order yet
     * @throws IllegalArgumentException if the quantity is not above the filled quantity or the prices do not fit the type
     */
    public void checkUpdate(OrderTicket ticket, long quantityRaw, long limitPriceRaw, long stopPriceRaw) {
        if (!ticket.isSized()) {
            throw new IllegalStateException(ticket.id() + " has no quantity yet (it is sized at the fill price or by its "
                    + "bracket's entry); cancel it and place a new order instead");
        }
        ticket.checkUpdate(quantityRaw, limitPriceRaw, stopPriceRaw);
    }

    /**
     * The order was modified in place: its new total quantity and prices.
     *
     * @throws IllegalStateException    if the ticket has no order yet
     * @throws IllegalArgumentException if the quantity is not above the filled quantity or the prices do not fit the type
     */
    public void update(OrderTicket ticket, long tsNanos, long quantityRaw, long limitPriceRaw, long stopPriceRaw) {
        checkUpdate(ticket, quantityRaw, limitPriceRaw, stopPriceRaw);
        emit(ticket, new OrderUpdated(ticket.id(), tsNanos, quantityRaw, limitPriceRaw, stopPriceRaw));
    }

    /** Some or all of the order traded, without slippage. */
    public void fill(OrderTicket ticket, long tsNanos, long quantityRaw, long priceRaw, long commissionRaw, Currency currency) {
        fill(ticket, tsNanos, quantityRaw, priceRaw, commissionRaw, currency, 0);
    }

    /** Some or all of the order traded; {@code slippageRaw} is the money cost of slippage already in the price. */
    public void fill(OrderTicket ticket, long tsNanos, long quantityRaw, long priceRaw, long commissionRaw, Currency currency,
                     long slippageRaw) {
        OrderFilled fill = new OrderFilled(ticket.id(), tsNanos, ticket.instrument(), ticket.side(), quantityRaw, priceRaw,
                commissionRaw, currency, slippageRaw);
        ticket.recordFill(fill);
        emit(ticket, fill);
    }

    /** Marks a stop-family order as triggered (journaled first). */
    public void triggerStop(OrderTicket ticket, long tsNanos) {
        if (journal.isRecording()) {
            journal.append(tsNanos, new OrderStateChange.StopTriggered(ticket.id(), tsNanos));
        }
        ticket.triggerStop();
    }

    /**
     * Records a trailing stop's current stop price at the venue (journaled first when it moved; with no journal
     * recording this allocates nothing).
     */
    public void trail(OrderTicket ticket, long stopPriceRaw, long tsNanos) {
        if (stopPriceRaw != ticket.trailingStopPriceRaw() && journal.isRecording()) {
            journal.append(tsNanos, new OrderStateChange.TrailingStopMoved(ticket.id(), tsNanos, stopPriceRaw));
        }
        ticket.trail(stopPriceRaw);
    }

    /** Journals the event, applies it to the order, then hands it on. */
    private void emit(OrderTicket ticket, OrderEvent event) {
        journal.append(event.tsNanos(), (Record) event);
        ticket.apply(event);
        sink.onOrderEvent(ticket, event);
    }

    /**
     * Journals an event of a ticket that has no order (initialized, or ended unsized: denied, rejected, canceled),
     * moves the ticket to {@code endStatus} with {@code reason} unless that is null, then hands the event on.
     */
    private void publish(OrderTicket ticket, OrderEvent event, OrderStatus endStatus, String reason) {
        journal.append(event.tsNanos(), (Record) event);
        if (endStatus != null) {
            ticket.closeUnsized(endStatus, reason);
        }
        sink.onOrderEvent(ticket, event);
    }

    /**
     * Rebuilds order state from one journaled entry, without journaling it again, notifying anyone or sending
     * anything: {@code OrderInitialized} creates the ticket under its original id, order state changes and the other
     * order events are applied to it as they were live. Fills must also be booked in the portfolio by the caller.
     *
     * @param entry an {@link OrderEvent} or an {@link OrderStateChange}
     * @throws IllegalArgumentException for another kind of entry or an order id never initialized
     */
    public void replay(Record entry) {
        switch (entry) {
            case OrderInitialized e -> replayInitialized(e);
            case OrderStateChange.OrderSized e -> replayed(e.orderId()).sizeTo(e.quantityRaw());
            case OrderStateChange.StopTriggered e -> replayed(e.orderId()).triggerStop();
            case OrderStateChange.VenueOrderAssigned e -> replayed(e.orderId()).venueOrderId(e.venueOrderId());
            case OrderStateChange.TrailingStopMoved e -> replayed(e.orderId()).trail(e.stopPriceRaw());
            case OrderStateChange.OcoLinked e -> {
                List<OrderTicket> members = e.orderIds().stream().map(this::replayed).toList();
                members.forEach(t -> t.ocoGroup(members));
            }
            case OrderStateChange.BracketLinked e ->
                    link(new BracketTicket(replayed(e.entry()), replayed(e.stopLoss()), replayed(e.takeProfit())));
            case OrderEvent e -> replayLifeCycle(replayed(e.orderId()), e);
            default -> throw new IllegalArgumentException("not an order entry: " + entry);
        }
    }

    private void replayInitialized(OrderInitialized e) {
        Sizing sizing = BRACKET_EXIT.equals(e.sizing()) || FIXED.equals(e.sizing()) ? new Sizing.Fixed(e.quantityRaw())
                : Sizing.parse(e.sizing());
        OrderTicket ticket = new OrderTicket(Order.builder(e.orderId(), e.strategyId(), e.instrument(), e.side(), e.type())
                .quantity(e.quantityRaw()).limitPrice(e.limitPriceRaw()).stopPrice(e.stopPriceRaw())
                .trailingOffset(e.trailingOffset()).timeInForce(e.timeInForce()).expireNanos(e.expireNanos())
                .createdNanos(e.tsNanos()), sizing);
        add(ticket);
        ids.restore(ticket.id());
    }

    private static void replayLifeCycle(OrderTicket ticket, OrderEvent event) {
        String reason = switch (event) {
            case OrderDenied e -> e.message();
            case OrderRejected e -> e.message();
            case OrderCanceled e -> e.reason();
            default -> null;
        };
        if (reason != null) {
            ticket.reason(switch (event) {
                case OrderDenied e -> e.reason().name();
                case OrderRejected e -> e.reason().name();
                default -> CancelCode.of(reason);
            }, reason);
        }
        if (!ticket.isSized()) {
            ticket.closeUnsized(event instanceof OrderDenied ? OrderStatus.DENIED
                    : event instanceof OrderRejected ? OrderStatus.REJECTED : OrderStatus.CANCELED, reason);
            return;
        }
        if (event instanceof OrderFilled fill) {
            ticket.recordFill(fill);
        }
        ticket.apply(event);
    }

    /**
     * Adds a ticket to the session. A ticket whose id follows the first ticket's (same session tag, sequence in
     * placement order: the usual case) is found by its position in {@link #tickets}; only the others go into the map,
     * so that placing an order adds no map entry.
     */
    private void add(OrderTicket ticket) {
        tickets.add(ticket);
        if (indexOf(ticket.id()) != tickets.size() - 1) {
            byId.put(ticket.id(), ticket);
        }
    }

    /** The position the ticket of {@code id} has in {@link #tickets} if it follows the first ticket's sequence. */
    private int indexOf(ClientOrderId id) {
        if (tickets.isEmpty()) {
            return -1;
        }
        ClientOrderId first = tickets.getFirst().id();
        long index = id.sequence() - first.sequence();
        return index >= 0 && index < tickets.size() && first.session().equals(id.session()) ? (int) index : -1;
    }

    private OrderTicket find(ClientOrderId id) {
        int index = indexOf(id);
        if (index >= 0) {
            OrderTicket ticket = tickets.get(index);
            if (ticket.id().equals(id)) {
                return ticket;
            }
        }
        return byId.get(id);
    }

    /** The ticket of an id, for replay: it must exist. */
    private OrderTicket replayed(ClientOrderId id) {
        OrderTicket ticket = find(id);
        if (ticket == null) {
            throw new IllegalArgumentException("journal entry for order " + id + ", which was never initialized");
        }
        return ticket;
    }

    /** The ticket of an order id, or null when this session has no such order. */
    public OrderTicket ticket(ClientOrderId id) {
        return find(id);
    }

    /** Every ticket of the session, in placement order. */
    public List<OrderTicket> tickets() {
        return Collections.unmodifiableList(tickets);
    }
}
