package wave.domain.instrument;

import wave.domain.money.Currency;
import wave.domain.money.Price;
import wave.domain.money.Quantity;

/**
 * An exchange-traded fund share.
 *
 * @param id            identifier
 * @param quoteCurrency trading currency
 * @param tickSize      price increment
 * @param lotSize       quantity increment
 */
public record Etf(InstrumentId id, Currency quoteCurrency, Price tickSize, Quantity lotSize) implements Instrument {
    /** Validates the components. */
    public Etf {
        Instrument.validate(id, quoteCurrency, tickSize, lotSize);
    }
}
