package wave.domain.order;

import java.util.Objects;

/**
 * The venue's id of one execution (one fill) of an order. A venue never reports two fills with the same trade id for
 * the same order, so a report repeating one is a duplicate.
 *
 * @param value non-blank id, as the venue writes it
 */
public record TradeId(String value) {
    /** Requires a non-blank value. */
    public TradeId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("trade id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
