package wave.domain.instrument;

import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.FixedPointOverflowException;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.money.Scales;

/**
 * A tradable instrument: how it is quoted (currency, tick size), how it is traded (lot size) and how a
 * price times a quantity becomes money (multiplier).
 */
public sealed interface Instrument permits Equity, Etf, CryptoSpot, FxPair, Future {
    /** The instrument's identifier. */
    InstrumentId id();

    /** Currency its prices, P&amp;L and fees are in. */
    Currency quoteCurrency();

    /** Smallest price increment. */
    Price tickSize();

    /** Smallest tradable quantity increment (1 share, 0.00001 BTC, ...). */
    Quantity lotSize();

    /** Units of the underlying per unit of quantity (the contract multiplier of a future; 1 otherwise). */
    default Quantity multiplier() {
        return Quantity.ONE;
    }

    /**
     * Money value of {@code quantityRaw} at {@code priceRaw}: price x quantity x multiplier, exact in fixed
     * point (half-even past the money scale). Signed like the quantity.
     *
     * @throws FixedPointOverflowException naming the quantity, the instrument and the price if the value is out of
     *                                     range, e.g. {@code notional of 1,000,000,000 AAPL.SIM at 150.25 overflows ...}
     */
    default long notionalRaw(long priceRaw, long quantityRaw) {
        long multiplierRaw = multiplier().raw();
        try {
            if (multiplierRaw == Scales.QUANTITY) {
                return FixedPoint.notional(priceRaw, quantityRaw);
            }
            if (multiplierRaw % Scales.QUANTITY == 0) {
                return FixedPoint.notional(priceRaw, Math.multiplyExact(quantityRaw, multiplierRaw / Scales.QUANTITY));
            }
            return FixedPoint.notional(priceRaw, quantityRaw, multiplierRaw);
        } catch (ArithmeticException e) {
            throw FixedPointOverflowException.of("notional of " + FixedPoint.formatGroupedQuantity(quantityRaw) + " " + id() + " at "
                    + FixedPoint.formatGroupedPrice(priceRaw)
                    + (multiplierRaw == Scales.QUANTITY ? "" : " x multiplier " + FixedPoint.formatGroupedQuantity(multiplierRaw)));
        }
    }

    /** Rounds a quantity down (towards zero) to a whole number of lots. */
    default long roundDownToLot(long quantityRaw) {
        long lot = lotSize().raw();
        return quantityRaw / lot * lot;
    }

    /** Checks common invariants of the record components. */
    static void validate(InstrumentId id, Currency currency, Price tickSize, Quantity lotSize) {
        if (id == null || currency == null || tickSize == null || lotSize == null) {
            throw new IllegalArgumentException("instrument id, currency, tick size and lot size are required");
        }
        if (!tickSize.isPositive()) {
            throw new IllegalArgumentException(id + ": tick size must be > 0, got " + tickSize);
        }
        if (lotSize.raw() <= 0) {
            throw new IllegalArgumentException(id + ": lot size must be > 0, got " + lotSize);
        }
    }
}
