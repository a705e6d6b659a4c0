package wave.risk;

import wave.domain.order.DenyReason;
import wave.engine.pretrade.Denial;
import wave.engine.pretrade.PreTradeCheck;
import wave.engine.pretrade.PreTradeRequest;

/**
 * Orders per venue ({@code ORDER_RATE}): refuses an order whose venue slot ({@link VenueThrottle}) is later than now;
 * when orders over the rate are held ({@link VenueQueue}), the order the full queue could not take, and a held order
 * withdrawn by a cancel-all.
 */
final class VenueRateRule implements PreTradeCheck {
    private final VenueRate rate;
    private final VenueThrottle throttle;
    private final VenueQueue queue;

    /** @param queue the venue queue when orders over the rate are held, else null */
    VenueRateRule(VenueRate rate, VenueThrottle throttle, VenueQueue queue) {
        this.rate = rate;
        this.throttle = throttle;
        this.queue = queue;
    }

    @Override
    public Denial check(PreTradeRequest request) {
        String venue = request.ticket().instrument().venue();
        long now = request.nowNanos();
        if (queue != null) {
            String withdrawn = queue.withdrawal(request.ticket());
            if (withdrawn != null) {
                return Denials.of(DenyReason.ORDER_RATE, "venue_rate_mode", "held for " + venue
                        + " and withdrawn before its slot: " + withdrawn);
            }
            int held = queue.held(venue);
            if (held >= rate.queueLimit()) {
                return Denials.of(DenyReason.ORDER_RATE, "venue_queue_limit", held + " orders held for " + venue
                        + ", queue limit " + rate.queueLimit() + "; " + sent(venue, now));
            }
        }
        if (throttle.nextSlot(venue, now) > now) {
            return Denials.of(DenyReason.ORDER_RATE, "venue_orders_per_second", sent(venue, now));
        }
        return null;
    }

    private String sent(String venue, long now) {
        return throttle.sentInLastSecond(venue, now) + " orders sent to " + venue + " in the last second, limit "
                + throttle.limit() + "; the next may go at +" + Denials.plain((slot(venue, now) - now) / 1e6) + " ms";
    }

    /** When the next order to {@code venue} may go: its paced slot when orders are paced, else the sliding second's. */
    private long slot(String venue, long now) {
        return queue != null ? queue.slot(venue, now) : throttle.nextSlot(venue, now);
    }
}
