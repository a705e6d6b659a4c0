package wave.domain.instrument;

import wave.domain.money.Currency;
import wave.domain.money.Price;
import wave.domain.money.Quantity;

/**
 * A listed share.
 *
 * @param id            identifier
 * @param quoteCurrency trading currency
 * @param tickSize      price increment (0.01 for most US shares)
 * @param lotSize       quantity increment (1 share; smaller for fractional-share brokers)
 */
public record Equity(InstrumentId id, Currency quoteCurrency, Price tickSize, Quantity lotSize) implements Instrument {
    /** Validates the components. */
    public Equity {
        Instrument.validate(id, quoteCurrency, tickSize, lotSize);
    }

    /** A US-style share: USD, one-cent ticks, whole shares. */
    public static Equity usd(InstrumentId id) {
        return new Equity(id, Currency.USD, Price.of("0.01"), Quantity.of(1));
    }
}
