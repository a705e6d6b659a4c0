package wave.risk;

import java.util.HashMap;
import java.util.Map;

/**
 * Orders per venue in any sliding second: the times of each venue's last {@code limit} orders in a ring. It tells when
 * the next order to a venue may go ({@link #nextSlot}): the risk engine refuses an order whose slot is later than now
 * ({@code venue_orders_per_second}), or the {@link VenueQueue} holds it until its slot ({@code venue_rate_mode}). A
 * venue's ring is allocated when the venue is first seen; nothing is allocated afterwards.
 */
public final class VenueThrottle {
    private static final long SECOND_NANOS = 1_000_000_000L;
    private final int limit;
    private final Map<String, long[]> rings = new HashMap<>();

    /** At most {@code limit} orders to one venue in any second. */
    public VenueThrottle(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("venue limit must be >= 1 order a second, got " + limit);
        }
        this.limit = limit;
    }

    /** The limit, orders a second per venue. */
    public int limit() {
        return limit;
    }

    /**
     * The earliest time, at or after {@code nowNanos}, an order to {@code venue} keeps it within the limit: now when
     * fewer than {@code limit} orders went in the last second, else one second after the oldest of the last
     * {@code limit}.
     */
    public long nextSlot(String venue, long nowNanos) {
        long[] ring = rings.get(venue);
        if (ring == null) {
            return nowNanos;
        }
        long oldest = ring[(int) ring[limit]];
        return oldest == Long.MIN_VALUE || oldest + SECOND_NANOS <= nowNanos ? nowNanos : oldest + SECOND_NANOS;
    }

    /**
     * The earliest time, at or after {@code nowNanos}, an order to {@code venue} may go when orders are paced: one
     * {@code 1 / limit} of a second after the last one sent (and never before {@link #nextSlot}).
     */
    public long nextPacedSlot(String venue, long nowNanos) {
        long[] ring = rings.get(venue);
        if (ring == null) {
            return nowNanos;
        }
        long last = ring[(int) ((ring[limit] + limit - 1) % limit)];
        long paced = last == Long.MIN_VALUE ? nowNanos : Math.max(nowNanos, last + SECOND_NANOS / limit);
        return Math.max(paced, nextSlot(venue, nowNanos));
    }

    /** Orders sent to {@code venue} in the second up to {@code nowNanos} (a loop, for messages). */
    public int sentInLastSecond(String venue, long nowNanos) {
        long[] ring = rings.get(venue);
        int count = 0;
        for (int i = 0; ring != null && i < limit; i++) {
            if (ring[i] != Long.MIN_VALUE && ring[i] + SECOND_NANOS > nowNanos) {
                count++;
            }
        }
        return count;
    }

    /** Records an order sent to {@code venue} at {@code atNanos}. */
    public void sent(String venue, long atNanos) {
        long[] ring = rings.get(venue);
        if (ring == null) {
            ring = new long[limit + 1]; // the last slot holds the index of the oldest time
            java.util.Arrays.fill(ring, 0, limit, Long.MIN_VALUE);
            ring[limit] = 0;
            rings.put(venue, ring);
        }
        int next = (int) ring[limit];
        ring[next] = atNanos;
        ring[limit] = (next + 1) % limit;
    }
}
