package wave.risk;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import wave.engine.kernel.Kernel;
import wave.engine.order.OrderTicket;
import wave.engine.pretrade.OrderGate;

/**
 * Holds orders over a venue's rate instead of refusing them ({@code venue_rate_mode = "queue"} or {@code "pace"}): the
 * kernel asks it before each order's pre-trade check. An order to a venue whose queue is empty and whose slot
 * ({@link VenueThrottle}) is now goes on at once; any other joins the venue's queue, first in, first out, and a timer on
 * the kernel's clock releases the queue's head at its slot through the whole pre-trade path (so a halt, a loss limit or
 * any other rule that applies by then still denies it). In {@code queue} mode every held order whose slot has come leaves
 * at that time (a burst leaves in batches of the rate); in {@code pace} mode one at a time, spaced {@code 1 / rate}
 * seconds apart. A full queue holds nothing more: the order goes on to the rate rule, which refuses it with the queue's
 * numbers. A strategy's cancel of a held order and a cancel-all withdraw held orders: each is handed back to be denied
 * ({@code risk.venue_rate_mode: held for ... and withdrawn before its slot: ...}). The kernel's liquidations and the
 * risk engine's reductions are never held.
 */
final class VenueQueue implements OrderGate {
    private final VenueRate rate;
    private final VenueThrottle throttle;
    private final RiskActions actions;
    private final Map<String, ArrayDeque<Held>> queues = new HashMap<>();
    /** The order being released (the kernel asks the gate again for it), or null. */
    private OrderTicket releasing;
    /** Why the order being released was withdrawn, or null when it is released to be sent. */
    private String withdrawal;

    /** An order held with what the kernel gave for it, and since when. */
    private record Held(OrderTicket ticket, long quantityRaw, long notionalRaw, long sinceNanos) {
    }

    VenueQueue(VenueRate rate, VenueThrottle throttle, RiskActions actions) {
        this.rate = rate;
        this.throttle = throttle;
        this.actions = actions;
    }

    @Override
    public boolean hold(OrderTicket ticket, long quantityRaw, long notionalRaw, long tsNanos) {
        if (ticket == releasing || Kernel.isLiquidation(ticket.strategyId())) {
            return false;
        }
        String venue = ticket.instrument().venue();
        ArrayDeque<Held> queue = queues.get(venue);
        boolean waiting = queue != null && !queue.isEmpty();
        if (!waiting && slot(venue, tsNanos) <= tsNanos) {
            return false;
        }
        if (queue == null) {
            queue = new ArrayDeque<>();
            queues.put(venue, queue);
        }
        if (queue.size() >= rate.queueLimit()) {
            return false;
        }
        queue.add(new Held(ticket, quantityRaw, notionalRaw, tsNanos));
        if (!waiting) {
            schedule(venue, slot(venue, tsNanos));
        }
        return true;
    }

    /** Orders held for {@code venue}. */
    int held(String venue) {
        ArrayDeque<Held> queue = queues.get(venue);
        return queue == null ? 0 : queue.size();
    }

    /** Why the order being released was withdrawn, if it is ({@link #withdrawAll}), else null. */
    String withdrawal(OrderTicket ticket) {
        return ticket == releasing ? withdrawal : null;
    }

    @Override
    public boolean withdraw(OrderTicket ticket, String reason) {
        ArrayDeque<Held> queue = queues.get(ticket.instrument().venue());
        for (Iterator<Held> it = queue == null ? null : queue.iterator(); it != null && it.hasNext(); ) {
            Held held = it.next();
            if (held.ticket() == ticket) {
                it.remove();
                withdrawal = reason;
                send(held);
                withdrawal = null;
                return true;
            }
        }
        return false;
    }

    /**
     * Hands every held order back to the kernel marked withdrawn, so that the pre-trade path denies it (a cancel-all,
     * the end of the data: held orders are working orders of their strategies, not yet sent).
     */
    void withdrawAll(String reason) {
        for (ArrayDeque<Held> queue : queues.values()) {
            while (!queue.isEmpty()) {
                Held held = queue.poll();
                withdrawal = reason;
                send(held);
                withdrawal = null;
            }
        }
    }

    /** The time the next order to {@code venue} may go: the sliding second's slot, or the paced one. */
    long slot(String venue, long nowNanos) {
        return rate.mode() == VenueRate.Mode.PACE ? throttle.nextPacedSlot(venue, nowNanos) : throttle.nextSlot(venue, nowNanos);
    }

    private void schedule(String venue, long atNanos) {
        actions.scheduleCallback(atNanos, due -> release(venue, due));
    }

    /** Releases the orders of {@code venue} whose slot has come, then waits for the next one's. */
    private void release(String venue, long nowNanos) {
        ArrayDeque<Held> queue = queues.get(venue);
        while (!queue.isEmpty() && slot(venue, nowNanos) <= nowNanos) {
            send(queue.poll());
        }
        if (!queue.isEmpty()) {
            schedule(venue, slot(venue, nowNanos));
        }
    }

    private void send(Held held) {
        releasing = held.ticket();
        try {
            actions.release(held.ticket(), held.quantityRaw(), held.notionalRaw());
        } finally {
            releasing = null;
        }
    }
}
