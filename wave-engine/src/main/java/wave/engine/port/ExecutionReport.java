package wave.engine.port;

import java.util.Objects;
import wave.domain.money.Currency;
import wave.domain.order.ClientOrderId;
import wave.domain.order.RejectReason;
import wave.domain.order.TradeId;
import wave.domain.order.VenueOrderId;

/**
 * What a venue reports about one order, asynchronously: it accepted, rejected, filled (in part or entirely), canceled
 * or modified it. Every report carries the kernel's client order id and the time the venue acted, nanoseconds since
 * the epoch (UTC); prices, quantities and money are raw fixed point. The kernel turns each report into at most one
 * order event (an early fill also into the acceptance it implies) and ignores, counting them, reports that repeat or
 * contradict what it has already applied.
 */
public sealed interface ExecutionReport {
    /** The kernel's id of the order. */
    ClientOrderId clientOrderId();

    /** When the venue acted, nanoseconds since the epoch (UTC). */
    long tsNanos();

    /**
     * The venue accepted the order; it is working.
     *
     * @param venueOrderId the venue's id of the order
     */
    record Accepted(ClientOrderId clientOrderId, VenueOrderId venueOrderId, long tsNanos) implements ExecutionReport {
        /** Requires both ids. */
        public Accepted {
            Objects.requireNonNull(clientOrderId, "clientOrderId");
            Objects.requireNonNull(venueOrderId, "venueOrderId");
        }
    }

    /**
     * The venue refused the order; it never worked.
     *
     * @param reason  why, as a category
     * @param message why, in the venue's words
     */
    record Rejected(ClientOrderId clientOrderId, RejectReason reason, String message, long tsNanos)
            implements ExecutionReport {
        /** Requires the id, reason and message. */
        public Rejected {
            Objects.requireNonNull(clientOrderId, "clientOrderId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Some or all of the order traded: one execution, identified by its trade id.
     *
     * @param venueOrderId       the venue's id of the order
     * @param tradeId            the venue's id of this execution (unique per order: a repeat is a duplicate report)
     * @param quantityRaw        quantity of this execution, raw, positive
     * @param priceRaw           its price, raw, positive
     * @param commissionRaw      fee charged for it, raw, >= 0
     * @param commissionCurrency currency of the fee
     */
    record Filled(ClientOrderId clientOrderId, VenueOrderId venueOrderId, TradeId tradeId, long quantityRaw, long priceRaw,
                  long commissionRaw, Currency commissionCurrency, long tsNanos) implements ExecutionReport {
        /** Requires the ids and currency, a positive quantity and price and a fee that is not negative. */
        public Filled {
            Objects.requireNonNull(clientOrderId, "clientOrderId");
            Objects.requireNonNull(venueOrderId, "venueOrderId");
            Objects.requireNonNull(tradeId, "tradeId");
            Objects.requireNonNull(commissionCurrency, "commissionCurrency");
            if (quantityRaw <= 0 || priceRaw <= 0 || commissionRaw < 0) {
                throw new IllegalArgumentException(clientOrderId + " trade " + tradeId + ": quantity and price must be > 0 "
                        + "and commission >= 0, got raw " + quantityRaw + ", " + priceRaw + ", " + commissionRaw);
            }
        }
    }

    /**
     * The order stopped working (canceled on request, expired, or the unfilled rest of an immediate order).
     *
     * @param venueOrderId the venue's id of the order
     * @param reason       why, e.g. the reason of the {@link CancelOrder} or {@code expired (DAY)}
     */
    record Canceled(ClientOrderId clientOrderId, VenueOrderId venueOrderId, String reason, long tsNanos)
            implements ExecutionReport {
        /** Requires the ids and reason. */
        public Canceled {
            Objects.requireNonNull(clientOrderId, "clientOrderId");
            Objects.requireNonNull(venueOrderId, "venueOrderId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The venue modified the working order in place: its terms from now on.
     *
     * @param venueOrderId  the venue's id of the order
     * @param quantityRaw   new total ordered quantity, fills included, raw
     * @param limitPriceRaw new limit price, raw, or 0 when the type has none
     * @param stopPriceRaw  new stop price, raw, or 0 when the type has none
     */
    record Updated(ClientOrderId clientOrderId, VenueOrderId venueOrderId, long quantityRaw, long limitPriceRaw,
                   long stopPriceRaw, long tsNanos) implements ExecutionReport {
        /** Requires both ids. */
        public Updated {
            Objects.requireNonNull(clientOrderId, "clientOrderId");
            Objects.requireNonNull(venueOrderId, "venueOrderId");
        }
    }
}
