package wave.domain.order;

import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.Money;
import wave.domain.money.Price;
import wave.domain.money.Quantity;

/**
 * Some or all of the order traded. Positions and the ledger change only through these.
 *
 * @param orderId          the order
 * @param tsNanos          when, nanoseconds since the epoch (UTC)
 * @param instrument       what traded
 * @param side             buy or sell
 * @param quantityRaw      quantity of this fill, positive, raw fixed point (x 10^9)
 * @param priceRaw         fill price, raw fixed point
 * @param commissionRaw    fee charged for this fill, raw fixed point, in {@code commissionCurrency}
 * @param commissionCurrency currency of the fee
 */
public record OrderFilled(ClientOrderId orderId, long tsNanos, InstrumentId instrument, OrderSide side, long quantityRaw,
                          long priceRaw, long commissionRaw, Currency commissionCurrency) implements OrderEvent {
    /** Validates quantity, price and fee signs. */
    public OrderFilled {
        if (quantityRaw <= 0) {
            throw new IllegalArgumentException("fill quantity must be > 0, got raw " + quantityRaw);
        }
        if (priceRaw <= 0) {
            throw new IllegalArgumentException("fill price must be > 0, got raw " + priceRaw);
        }
        if (commissionRaw < 0) {
            throw new IllegalArgumentException("commission must be >= 0, got raw " + commissionRaw);
        }
    }

    /** Quantity signed by side: positive for a buy, negative for a sell. */
    public long signedQuantityRaw() {
        return side == OrderSide.BUY ? quantityRaw : -quantityRaw;
    }

    /** Fill quantity. */
    public Quantity quantity() {
        return Quantity.ofRaw(quantityRaw);
    }

    /** Fill price. */
    public Price price() {
        return Price.ofRaw(priceRaw);
    }

    /** Fee. */
    public Money commission() {
        return Money.ofRaw(commissionRaw, commissionCurrency);
    }
}
