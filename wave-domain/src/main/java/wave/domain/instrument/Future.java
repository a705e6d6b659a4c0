package wave.domain.instrument;

import java.time.LocalDate;
import wave.domain.money.Currency;
import wave.domain.money.Price;
import wave.domain.money.Quantity;

/**
 * A futures contract. Its notional is price x contracts x {@code multiplier}.
 *
 * @param id            identifier
 * @param quoteCurrency settlement currency
 * @param tickSize      price increment
 * @param lotSize       contract increment (usually 1)
 * @param multiplier    units of the underlying per contract (50 for ES, 0.1 for a micro bitcoin future)
 * @param expiry        last trading day
 */
public record Future(InstrumentId id, Currency quoteCurrency, Price tickSize, Quantity lotSize, Quantity multiplier,
                     LocalDate expiry) implements Instrument {
    /** Validates the components. */
    public Future {
        Instrument.validate(id, quoteCurrency, tickSize, lotSize);
        if (multiplier == null || multiplier.raw() <= 0) {
            throw new IllegalArgumentException(id + ": multiplier must be > 0, got " + multiplier);
        }
        if (expiry == null) {
            throw new IllegalArgumentException(id + ": expiry is required");
        }
    }
}
