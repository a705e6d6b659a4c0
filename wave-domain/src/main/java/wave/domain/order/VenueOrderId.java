package wave.domain.order;

import java.util.Objects;

/**
 * The venue's id of an order (a broker's order id, or the simulated exchange's), as opposed to the kernel's
 * {@link ClientOrderId}. Execution reports carry both; the venue assigns this one when it receives the order.
 *
 * @param value non-blank id, as the venue writes it
 */
public record VenueOrderId(String value) {
    /** Requires a non-blank value. */
    public VenueOrderId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("venue order id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
