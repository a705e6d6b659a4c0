package wave.app.journal;

import java.util.Objects;
import wave.domain.money.Currency;

/**
 * The account's value at one moment, journaled periodically during a session.
 *
 * @param tsNanos   kernel time, nanoseconds since the epoch (UTC)
 * @param currency  the account's base currency
 * @param equityRaw equity (cash plus positions at their marks), raw fixed-point money in {@code currency}
 * @param cashRaw   cash in {@code currency}, raw fixed-point money
 */
public record EquitySnapshot(long tsNanos, Currency currency, long equityRaw, long cashRaw) {
    /** Requires the currency. */
    public EquitySnapshot {
        Objects.requireNonNull(currency, "currency");
    }
}
