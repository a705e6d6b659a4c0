package wave.engine.order;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
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
import wave.domain.order.RejectReason;
import wave.domain.order.StrategyId;
import wave.domain.order.TimeInForce;

/**
 * Owns every order of a session: assigns ids, creates orders, turns venue decisions into events, applies
 * each event to its order and hands it to the sink. Single-threaded (the kernel thread).
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
        OrderTicket ticket = new OrderTicket(new ClientOrderId(nextSequence++), strategyId, instrument, side, type, sizing,
                limitPriceRaw, stopPriceRaw, timeInForce, nowNanos);
        tickets.add(ticket);
        if (sizing instanceof Sizing.Fixed fixed) {
            size(ticket, fixed.quantityRaw(), nowNanos);
        }
        return ticket;
    }

    /** Gives an unsized ticket its quantity: the order is created and submitted. */
    public void size(OrderTicket ticket, long quantityRaw, long tsNanos) {
        if (ticket.order() != null) {
            throw new IllegalStateException(ticket.id() + " is already sized");
        }
        ticket.attach(new Order(ticket.id(), ticket.strategyId(), ticket.instrument(), ticket.side(), ticket.type(), quantityRaw,
                ticket.limitPriceRaw(), ticket.stopPriceRaw(), ticket.timeInForce(), ticket.placedNanos()));
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

    /** Some or all of the order traded. */
    public void fill(OrderTicket ticket, long tsNanos, long quantityRaw, long priceRaw, long commissionRaw, Currency currency) {
        emit(ticket, new OrderFilled(ticket.id(), tsNanos, ticket.instrument(), ticket.side(), quantityRaw, priceRaw,
                commissionRaw, currency));
    }

    /** Marks a stop-limit order as triggered. */
    public void triggerStop(OrderTicket ticket) {
        ticket.triggerStop();
    }

    private void emit(OrderTicket ticket, OrderEvent event) {
        ticket.order().apply(event);
        sink.onOrderEvent(ticket, event);
    }

    /** Every ticket of the session, in placement order. */
    public List<OrderTicket> tickets() {
        return Collections.unmodifiableList(tickets);
    }
}
