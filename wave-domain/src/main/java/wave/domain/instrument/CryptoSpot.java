package wave.domain.instrument;

import wave.domain.money.Currency;
import wave.domain.money.Price;
import wave.domain.money.Quantity;

/**
 * A spot crypto pair such as BTC/USDT: buying it pays {@code quoteCurrency} for {@code baseCurrency}.
 *
 * @param id            identifier
 * @param baseCurrency  the asset bought
 * @param quoteCurrency the asset paid
 * @param tickSize      price increment
 * @param lotSize       quantity increment (e.g. 0.00001 BTC)
 */
public record CryptoSpot(InstrumentId id, Currency baseCurrency, Currency quoteCurrency, Price tickSize, Quantity lotSize)
        implements Instrument {
    /** Validates the components. */
    public CryptoSpot {
        Instrument.validate(id, quoteCurrency, tickSize, lotSize);
        if (baseCurrency == null || baseCurrency.equals(quoteCurrency)) {
            throw new IllegalArgumentException(id + ": base currency must differ from quote currency");
        }
    }
}
