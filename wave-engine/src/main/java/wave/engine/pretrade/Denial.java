package wave.engine.pretrade;

import java.util.Objects;
import wave.domain.order.DenyReason;

/**
 * Why a pre-trade check refused an order.
 *
 * @param reason  machine-readable reason
 * @param message what broke, with the numbers (e.g. {@code cost 1,200 USD exceeds available funds 1,000 USD})
 */
public record Denial(DenyReason reason, String message) {
    /** Requires both. */
    public Denial {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }
}
