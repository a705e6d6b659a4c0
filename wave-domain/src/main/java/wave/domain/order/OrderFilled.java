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
 * @param slippageRaw      money cost of slippage in this fill, raw fixed point, >= 0, in the instrument's quote
 *                         currency: {@code |price - price before slippage| x quantity x multiplier}. It is already
 *                         in {@code priceRaw} (the price actually paid or received), so it is reported here, not
 *                         charged again; fees are separate ({@code commissionRaw}).
 */
public record OrderFilled(ClientOrderId orderId, long tsNanos, InstrumentId instrument, OrderSide side, long quantityRaw,
                          long priceRaw, long commissionRaw, Currency commissionCurrency, long slippageRaw)
        implements OrderEvent {
    /** Validates quantity, price, fee and slippage signs. */
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
        if (slippageRaw < 0) {
            throw new IllegalArgumentException("slippage must be >= 0, got raw " + slippageRaw);
        }
    }

    /** A fill without slippage. */
    public OrderFilled(ClientOrderId orderId, long tsNanos, InstrumentId instrument, OrderSide side, long quantityRaw,
                       long priceRaw, long commissionRaw, Currency commissionCurrency) {
        this(orderId, tsNanos, instrument, side, quantityRaw, priceRaw, commissionRaw, commissionCurrency, 0);
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
