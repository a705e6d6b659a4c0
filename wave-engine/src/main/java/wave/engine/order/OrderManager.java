package wave.engine.order;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.order.ClientOrderId;
import wave.domain.order.Order;
import wave.domain.order.OrderAccepted;
import wave.domain.order.OrderCanceled;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderRejected;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.domain.order.OrderSubmitted;
import wave.domain.order.OrderType;
import wave.domain.order.OrderUpdated;
import wave.domain.order.RejectReason;
import wave.domain.order.StrategyId;
import wave.domain.order.TimeInForce;
import wave.domain.order.TrailingOffset;

/**
 * Owns every order of a session: assigns ids, creates orders, turns venue decisions into events, applies
 * each event to its order and hands it to the sink. Also records which orders are linked (OCO groups,
 * brackets); acting on those links is the kernel's job. Single-threaded (the kernel thread).
 */
public final class OrderManager {
    private final OrderEventSink sink;
    private final List<OrderTicket> tickets = new ArrayList<>();
    private long nextSequence = 1;

    /** An order manager reporting to {@code sink}. */
    public OrderManager(OrderEventSink sink) {
        this.sink = sink;
    }

    /**
     * Creates a ticket; an order with a known quantity is created and submitted at once, one sized at the fill
     * price waits for {@link #size}.
     */
    public OrderTicket place(StrategyId strategyId, InstrumentId instrument, OrderSide side, OrderType type, Sizing sizing,
                             long limitPriceRaw, long stopPriceRaw, TimeInForce timeInForce, long nowNanos) {
        OrderTicket ticket = newTicket(strategyId, instrument, side, type, sizing, limitPriceRaw, stopPriceRaw, timeInForce,
                nowNanos);
        if (sizing instanceof Sizing.Fixed fixed) {
            size(ticket, fixed.quantityRaw(), nowNanos);
        }
        return ticket;
    }

    /** Creates a ticket for a request and submits its order at once. */
    public OrderTicket place(StrategyId strategyId, InstrumentId instrument, OrderRequest request, long nowNanos) {
        OrderTicket ticket = hold(strategyId, instrument, request, nowNanos);
        size(ticket, request.quantityRaw(), request.trailingOffset(), request.expireNanos(), nowNanos);
        return ticket;
    }

    /**
     * Creates a ticket for a request without an order yet: it waits to be {@link #size sized} (a bracket's exits, which
     * are GTC stop and limit orders: an unsized ticket has no trailing offset or expiry).
     */
    private OrderTicket hold(StrategyId strategyId, InstrumentId instrument, OrderRequest request, long nowNanos) {
        return newTicket(strategyId, instrument, request.side(), request.type(), new Sizing.Fixed(request.quantityRaw()),
                request.limitPriceRaw(), request.stopPriceRaw(), request.timeInForce(), nowNanos);
    }

    private OrderTicket newTicket(StrategyId strategyId, InstrumentId instrument, OrderSide side, OrderType type, Sizing sizing,
                                  long limitPriceRaw, long stopPriceRaw, TimeInForce timeInForce, long nowNanos) {
        OrderTicket ticket = new OrderTicket(new ClientOrderId(nextSequence++), strategyId, instrument, side, type, sizing,
                limitPriceRaw, stopPriceRaw, timeInForce, nowNanos);
        tickets.add(ticket);
        return ticket;
    }

    /**
     * Places a bracket: the entry is submitted now; the stop-loss (a stop order) and the take-profit (a limit order)
     * on the other side are held, unsized, until the entry fills (see {@link BracketTicket}). The caller sends the
     * entry to the venue.
     *
     * @throws IllegalArgumentException unless {@code stopLoss < takeProfit} for a buy entry ({@code >} for a sell),
     *                                  with a limit entry's price strictly between them
     */
    public BracketTicket placeBracket(StrategyId strategyId, InstrumentId instrument, OrderRequest entry, long stopLossRaw,
                                      long takeProfitRaw, long nowNanos) {
        checkBracketPrices(entry, stopLossRaw, takeProfitRaw);
        OrderSide exitSide = entry.side().opposite();
        Quantity quantity = Quantity.ofRaw(entry.quantityRaw());
        BracketTicket bracket = new BracketTicket(place(strategyId, instrument, entry, nowNanos),
                hold(strategyId, instrument, OrderRequest.stop(exitSide, quantity, Price.ofRaw(stopLossRaw)), nowNanos),
                hold(strategyId, instrument, OrderRequest.limit(exitSide, quantity, Price.ofRaw(takeProfitRaw)), nowNanos));
        bracket.entry().bracket(bracket);
        bracket.stopLoss().bracket(bracket);
        bracket.takeProfit().bracket(bracket);
        oco(List.of(bracket.stopLoss(), bracket.takeProfit()));
        return bracket;
    }

    private static void checkBracketPrices(OrderRequest entry, long stopLoss, long takeProfit) {
        int sign = entry.side().sign();
        long limit = entry.type() == OrderType.LIMIT ? entry.limitPriceRaw() : 0;
        boolean ordered = sign * Long.compare(takeProfit, stopLoss) > 0
                && (limit == 0 || (sign * Long.compare(limit, stopLoss) > 0 && sign * Long.compare(takeProfit, limit) > 0));
        if (stopLoss <= 0 || takeProfit <= 0 || !ordered) {
            throw new IllegalArgumentException("bracket " + entry.side() + (limit > 0 ? " limit " + FixedPoint.format(limit) : "")
                    + ": stop-loss " + FixedPoint.format(stopLoss) + " and take-profit " + FixedPoint.format(takeProfit)
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
    public void oco(List<OrderTicket> group) {
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
        for (OrderTicket ticket : members) {
            ticket.ocoGroup(members);
        }
    }

    /** Gives an unsized ticket its quantity: the order is created and submitted. */
    public void size(OrderTicket ticket, long quantityRaw, long tsNanos) {
        size(ticket, quantityRaw, null, Order.NO_EXPIRY, tsNanos);
    }

    private void size(OrderTicket ticket, long quantityRaw, TrailingOffset trailingOffset, long expireNanos, long tsNanos) {
        if (ticket.order() != null) {
            throw new IllegalStateException(ticket.id() + " is already sized");
        }
        ticket.attach(new Order(ticket.id(), ticket.strategyId(), ticket.instrument(), ticket.side(), ticket.type(), quantityRaw,
                ticket.limitPriceRaw(), ticket.stopPriceRaw(), trailingOffset, ticket.timeInForce(), expireNanos,
                ticket.placedNanos()));
        emit(ticket, new OrderSubmitted(ticket.id(), tsNanos));
    }

    /** The venue accepted the order. */
    public void accept(OrderTicket ticket, long tsNanos) {
        emit(ticket, new OrderAccepted(ticket.id(), tsNanos));
    }

    /** The order (or, for an unsized ticket, the request) was refused. */
    public void reject(OrderTicket ticket, long tsNanos, RejectReason reason, String message) {
        ticket.reason(message);
        OrderRejected event = new OrderRejected(ticket.id(), tsNanos, reason, message);
        if (ticket.order() == null) {
            ticket.closeUnsized(OrderStatus.REJECTED, message);
            sink.onOrderEvent(ticket, event);
        } else {
            emit(ticket, event);
        }
    }

    /** The order stopped working. */
    public void cancel(OrderTicket ticket, long tsNanos, String reason) {
        ticket.reason(reason);
        OrderCanceled event = new OrderCanceled(ticket.id(), tsNanos, reason);
        if (ticket.order() == null) {
            ticket.closeUnsized(OrderStatus.CANCELED, reason);
            sink.onOrderEvent(ticket, event);
        } else {
            emit(ticket, event);
        }
    }

    /**
     * The order was modified in place: its new total quantity and prices.
     *
     * @throws IllegalStateException    if the ticket has no order yet
     * @throws IllegalArgumentException if the quantity is not above the filled quantity or the prices do not fit the type
     */
    public void update(OrderTicket ticket, long tsNanos, long quantityRaw, long limitPriceRaw, long stopPriceRaw) {
        if (ticket.order() == null) {
            throw new IllegalStateException(ticket.id() + " has no quantity yet (it is sized at the fill price or by its "
                    + "bracket's entry); cancel it and place a new order instead");
        }
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

    /** Marks a stop-family order as triggered. */
    public void triggerStop(OrderTicket ticket) {
        ticket.triggerStop();
    }

    /** Records a trailing stop's current stop price at the venue. */
    public void trail(OrderTicket ticket, long stopPriceRaw) {
        ticket.trail(stopPriceRaw);
    }

    private void emit(OrderTicket ticket, OrderEvent event) {
        ticket.mutableOrder().apply(event);
        sink.onOrderEvent(ticket, event);
    }

    /** Every ticket of the session, in placement order. */
    public List<OrderTicket> tickets() {
        return Collections.unmodifiableList(tickets);
    }
}
