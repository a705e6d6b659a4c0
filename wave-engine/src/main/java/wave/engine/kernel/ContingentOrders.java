package wave.engine.kernel;

import java.util.List;
import wave.domain.order.OrderCanceled;
import wave.domain.order.OrderDenied;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderRejected;
import wave.engine.order.BracketTicket;
import wave.engine.order.OrderManager;
import wave.engine.order.OrderTicket;

/**
 * Acts on the links between orders after each of their events, the same way in every mode:
 * <ul>
 *   <li>OCO: a fill (entire or partial) of one member cancels the other working members, reason
 *       {@code OCO: <id> filled}.</li>
 *   <li>Bracket entry filled: the exits are sized to the entry's filled quantity and sent through the pre-trade check
 *       to the venue (they reach it like an order placed on that bar), or resized by an update when the entry fills
 *       again.</li>
 *   <li>Bracket exit filled: what is left of the entry is canceled, reason {@code bracket: <id> filled}.</li>
 *   <li>Bracket entry canceled, rejected or denied without any fill: the waiting exits are canceled, reason
 *       {@code bracket: entry <id> canceled} (or {@code rejected}, {@code denied}).</li>
 * </ul>
 */
final class ContingentOrders {
    private final OrderManager orders;
    private final VenueCommands venue;
    private final OrderPath path;

    ContingentOrders(OrderManager orders, VenueCommands venue, OrderPath path) {
        this.orders = orders;
        this.venue = venue;
        this.path = path;
    }

    /** Handles an event of a contingent ticket, after the strategy and listeners have seen it. */
    void onOrderEvent(OrderTicket ticket, OrderEvent event) {
        BracketTicket bracket = ticket.bracket();
        if (event instanceof OrderFilled fill) {
            cancelOthers(ticket.ocoGroup(), ticket, fill.tsNanos(), "OCO: " + ticket.id() + " filled");
            if (bracket != null && bracket.entry() == ticket) {
                sendExits(bracket, fill.tsNanos());
            } else if (bracket != null && bracket.entry().isOpen()) {
                venue.cancel(bracket.entry(), fill.tsNanos(), "bracket: " + ticket.id() + " filled");
            }
        } else if (bracket != null && bracket.entry() == ticket && ticket.filledQuantityRaw() == 0
                && (event instanceof OrderCanceled || event instanceof OrderRejected || event instanceof OrderDenied)) {
            String reason = "bracket: entry " + ticket.id() + (event instanceof OrderCanceled ? " canceled"
                    : event instanceof OrderRejected ? " rejected" : " denied");
            cancelWaiting(bracket.stopLoss(), event.tsNanos(), reason);
            cancelWaiting(bracket.takeProfit(), event.tsNanos(), reason);
        }
    }

    private void cancelOthers(List<OrderTicket> group, OrderTicket filled, long ts, String reason) {
        for (int i = 0; i < group.size(); i++) {
            OrderTicket other = group.get(i);
            if (other != filled && other.isOpen()) {
                venue.cancel(other, ts, reason);
            }
        }
    }

    private void sendExits(BracketTicket bracket, long ts) {
        long filled = bracket.entry().filledQuantityRaw();
        sendExit(bracket.stopLoss(), filled, ts);
        sendExit(bracket.takeProfit(), filled, ts);
    }

    private void sendExit(OrderTicket exit, long quantityRaw, long ts) {
        if (!exit.isOpen()) {
            return;
        }
        if (exit.order() == null) {
            path.send(exit, quantityRaw, 0, ts);
        } else if (exit.quantityRaw() != quantityRaw) {
            venue.modify(exit, quantityRaw, exit.limitPriceRaw(), exit.stopPriceRaw(), ts);
        }
    }

    /** An exit still waiting for its entry is not at the venue: it is canceled here. */
    private void cancelWaiting(OrderTicket exit, long ts, String reason) {
        if (exit.isOpen() && exit.order() == null) {
            orders.cancel(exit, ts, reason);
        }
    }
}
