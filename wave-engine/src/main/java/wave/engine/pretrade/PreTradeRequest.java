package wave.engine.pretrade;

import wave.domain.instrument.Instrument;
import wave.domain.portfolio.PortfolioView;
import wave.engine.order.OrderTicket;

/**
 * An order at the pre-trade check, with what the kernel estimates of it.
 *
 * @param ticket            the order's terms (side, type, prices, time in force, strategy); not yet sent
 * @param instrument        the instrument, or null when the session does not trade it
 * @param quantityRaw       quantity, raw fixed point; 0 for a notional order (percent or all-in: a cash amount,
 *                          turned into a quantity at the fill)
 * @param notionalRaw       estimated cost in the instrument's quote currency, raw: quantity x reference price x
 *                          multiplier, or a notional order's cash amount; 0 when no price is known yet
 * @param referencePriceRaw price the estimate uses (limit price, else stop price, else the last close), raw, or 0
 * @param portfolio         the account as it is now (read only)
 * @param nowNanos          kernel time, nanoseconds since the epoch (UTC)
 */
public record PreTradeRequest(OrderTicket ticket, Instrument instrument, long quantityRaw, long notionalRaw,
                              long referencePriceRaw, PortfolioView portfolio, long nowNanos) {
    /** True for a notional order (its quantity is decided at the fill). */
    public boolean isNotional() {
        return quantityRaw == 0;
    }
}
