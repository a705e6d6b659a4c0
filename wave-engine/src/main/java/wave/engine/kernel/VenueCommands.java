package wave.engine.kernel;

import wave.domain.order.StrategyId;
import wave.engine.execution.SimulatedVenue;
import wave.engine.order.OrderManager;
import wave.engine.order.OrderTicket;
import wave.engine.port.CancelAllOrders;
import wave.engine.port.CancelOrder;
import wave.engine.port.ExecutionClient;
import wave.engine.port.ModifyOrder;
import wave.engine.port.SubmitOrder;

/**
 * The kernel's outbound side of the execution port: turns its decisions about orders into commands to the
 * {@link ExecutionClient}, on the kernel thread. Cancellations and modifications go only to orders that were sent and
 * have not ended (a bracket's exits are not at the venue before the entry fills), and a modification is checked here,
 * so that a strategy learns at once that its new terms do not fit the order.
 */
final class VenueCommands {
    private final ExecutionClient client;
    private final OrderManager orders;
    /** The client itself when it is the simulated venue, which takes tickets directly; else null. */
    private final SimulatedVenue sharedTickets;

    VenueCommands(ExecutionClient client, OrderManager orders) {
        this.client = client;
        this.orders = orders;
        this.sharedTickets = client instanceof SimulatedVenue venue ? venue : null;
    }

    /**
     * Sends an order that passed the pre-trade check.
     *
     * @param notionalRaw estimated cash amount of an order sized at the fill price, raw; 0 for a quantity order
     */
    void submit(OrderTicket ticket, long notionalRaw, long tsNanos) {
        orders.markSent(ticket);
        if (sharedTickets != null) {
            sharedTickets.submit(ticket, tsNanos); // the simulated venue shares the tickets: no command object per order
            return;
        }
        client.submit(new SubmitOrder(ticket.id(), ticket.strategyId(), ticket.instrument(), ticket.side(), ticket.type(),
                ticket.quantityRaw(), ticket.order() == null ? notionalRaw : 0, ticket.limitPriceRaw(),
                ticket.stopPriceRaw(), ticket.trailingOffset(), ticket.timeInForce(), ticket.expireNanos(), tsNanos));
    }

    /** Asks for the cancellation of an order at the venue, stating why; nothing for an order not there. */
    void cancel(OrderTicket ticket, long tsNanos, String reason) {
        if (ticket.isOpen() && ticket.isSent()) {
            client.cancel(new CancelOrder(ticket.id(), ticket.instrument(), reason, tsNanos));
        }
    }

    /**
     * Asks for an in-place modification of an order at the venue: its new total quantity and prices (raw; 0 for a price
     * its type does not use). Nothing for an order not there.
     *
     * @throws IllegalStateException    if the order has no quantity yet (sized at the fill price)
     * @throws IllegalArgumentException if the quantity is not above the filled quantity or the prices do not fit its type
     */
    void modify(OrderTicket ticket, long quantityRaw, long limitPriceRaw, long stopPriceRaw, long tsNanos) {
        if (ticket.isOpen() && ticket.isSent()) {
            orders.checkUpdate(ticket, quantityRaw, limitPriceRaw, stopPriceRaw);
            client.modify(new ModifyOrder(ticket.id(), ticket.instrument(), quantityRaw, limitPriceRaw, stopPriceRaw, tsNanos));
        }
    }

    /**
     * Asks the venue to cancel every working order of a strategy, or of every strategy when {@code strategy} is null.
     *
     * @param reason why, e.g. {@code strategy halted}, {@code cancel all: operator}
     */
    void cancelAll(StrategyId strategy, long tsNanos, String reason) {
        client.cancelAll(new CancelAllOrders(strategy, reason, tsNanos));
    }
}
