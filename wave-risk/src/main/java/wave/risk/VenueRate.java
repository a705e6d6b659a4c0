package wave.risk;

import java.util.Objects;

/**
 * Orders to one venue in any second, and what becomes of an order over that rate.
 *
 * @param ordersPerSecond orders to one venue in any sliding second; 0 for no limit
 * @param mode            refuse the order over the rate, or hold it in the venue's queue (see {@link Mode})
 * @param queueLimit      orders held for one venue at most (queue and pace); the order beyond is refused
 */
public record VenueRate(int ordersPerSecond, Mode mode, int queueLimit) {
    /** Orders held for one venue at most, by default. */
    public static final int QUEUE_LIMIT = 100;
    /** No limit. */
    public static final VenueRate OFF = new VenueRate(0, Mode.REFUSE, QUEUE_LIMIT);

    /** What happens to an order over the rate ({@code venue_rate_mode}). */
    public enum Mode {
        /** Denied ({@code ORDER_RATE}), with when the next may go. */
        REFUSE,
        /**
         * Held first in, first out, each released as soon as the sliding second has room: a burst leaves in batches of
         * {@code ordersPerSecond}, one batch a second.
         */
        QUEUE,
        /** Held first in, first out, and released one at a time, {@code 1 / ordersPerSecond} seconds apart. */
        PACE
    }

    /** Checks the values. */
    public VenueRate {
        Objects.requireNonNull(mode, "mode");
        if (ordersPerSecond < 0) {
            throw new IllegalArgumentException("venue orders per second must be 0 (off) or positive, got " + ordersPerSecond);
        }
        if (queueLimit < 1) {
            throw new IllegalArgumentException("venue queue limit must be at least 1 order, got " + queueLimit);
        }
    }

    /** True when orders over the rate are held rather than refused. */
    public boolean holds() {
        return ordersPerSecond > 0 && mode != Mode.REFUSE;
    }
}
