package wave.domain.instrument;

import wave.domain.money.Currency;
import wave.domain.money.Price;
import wave.domain.money.Quantity;

/**
 * A currency pair such as EUR/USD: the price is units of {@code quoteCurrency} per unit of {@code baseCurrency}.
 *
 * @param id            identifier
 * @param baseCurrency  the currency bought
 * @param quoteCurrency the currency paid
 * @param tickSize      price increment (a pip or a fraction of one)
 * @param lotSize       quantity increment in units of the base currency
 */
public record FxPair(InstrumentId id, Currency baseCurrency, Currency quoteCurrency, Price tickSize, Quantity lotSize)
        implements Instrument {
    /** Validates the components. */
    public FxPair {
        Instrument.validate(id, quoteCurrency, tickSize, lotSize);
        if (baseCurrency == null || baseCurrency.equals(quoteCurrency)) {
            throw new IllegalArgumentException(id + ": base currency must differ from quote currency");
        }
    }
}
