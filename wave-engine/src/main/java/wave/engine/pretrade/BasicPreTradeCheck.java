package wave.engine.pretrade;

import java.util.List;
import wave.domain.instrument.Instrument;
import wave.domain.money.FixedPoint;
import wave.domain.order.DenyReason;
import wave.domain.order.OrderSide;
import wave.domain.portfolio.PortfolioView;
import wave.domain.portfolio.PositionView;
import wave.engine.account.AccountConfig;

/**
 * The basic rule set every session runs (the full risk engine adds its rules after these):
 * <ol>
 *   <li>the instrument is one the session trades ({@code INSTRUMENT_NOT_TRADABLE});</li>
 *   <li>the quantity is a whole number of lots ({@code INVALID_QUANTITY});</li>
 *   <li>optionally, limit and stop prices are multiples of the tick size ({@code INVALID_PRICE}; off by default
 *       because strategies place stops at a percentage of a close, which the simulated venue fills as given);</li>
 *   <li>the estimated cost of a buy can be paid ({@code INSUFFICIENT_FUNDS}): on a cash account the estimate must not
 *       exceed the cash plus the value of the long positions at their marks (what the account could raise by the
 *       time the order fills); on a margin account an order that increases the position must not need more than
 *       equity / initial margin. A notional order with no cash and nothing to sell is denied.</li>
 * </ol>
 * The estimate is deliberately lenient: the venue checks the exact cost at the fill price (cash, lots, short sales,
 * buying power) and rejects what no longer fits, as a broker does.
 */
public final class BasicPreTradeCheck implements PreTradeCheck {
    private final AccountConfig account;
    private final boolean checkTickSize;

    /**
     * The basic checks for an account.
     *
     * @param checkTickSize whether limit and stop prices must be multiples of the instrument's tick size
     */
    public BasicPreTradeCheck(AccountConfig account, boolean checkTickSize) {
        this.account = account;
        this.checkTickSize = checkTickSize;
    }

    @Override
    public Denial check(PreTradeRequest request) {
        Instrument instrument = request.instrument();
        if (instrument == null) {
            return new Denial(DenyReason.INSTRUMENT_NOT_TRADABLE, request.ticket().instrument() + " is not traded in this session");
        }
        long quantity = request.quantityRaw();
        long lot = instrument.lotSize().raw();
        if (quantity % lot != 0) {
            return new Denial(DenyReason.INVALID_QUANTITY, "quantity " + FixedPoint.formatQuantity(quantity)
                    + " is not a multiple of the lot size " + instrument.lotSize() + " of " + instrument.id());
        }
        if (checkTickSize) {
            Denial price = checkTicks(request, instrument);
            if (price != null) {
                return price;
            }
        }
        return request.ticket().side() == OrderSide.BUY || account.isMargin() ? checkFunds(request, instrument) : null;
    }

    private static Denial checkTicks(PreTradeRequest request, Instrument instrument) {
        long tick = instrument.tickSize().raw();
        long limit = request.ticket().limitPriceRaw();
        long stop = request.ticket().stopPriceRaw();
        for (long price : new long[] {limit, stop}) {
            if (price != 0 && price % tick != 0) {
                return new Denial(DenyReason.INVALID_PRICE, "price " + FixedPoint.formatPrice(price) + " is not a multiple of the tick "
                        + instrument.tickSize() + " of " + instrument.id());
            }
        }
        return null;
    }

    private Denial checkFunds(PreTradeRequest request, Instrument instrument) {
        PortfolioView portfolio = request.portfolio();
        long estimate = request.notionalRaw();
        if (account.isMargin()) {
            return checkBuyingPower(request, instrument, portfolio, estimate);
        }
        long available = FixedPoint.addMoney(portfolio.cashRaw(instrument.quoteCurrency()), longValue(portfolio), "available funds");
        if (request.isNotional() ? available <= 0 : estimate > available) {
            return new Denial(DenyReason.INSUFFICIENT_FUNDS, (request.isNotional() ? "notional order" : "estimated cost "
                    + FixedPoint.formatMoney(estimate) + " " + instrument.quoteCurrency()) + " exceeds available funds "
                    + FixedPoint.formatMoney(available) + " (cash plus long positions at their marks)");
        }
        return null;
    }

    private Denial checkBuyingPower(PreTradeRequest request, Instrument instrument, PortfolioView portfolio, long estimate) {
        PositionView position = portfolio.position(instrument.id());
        long held = position.quantityRaw();
        long signed = request.ticket().side() == OrderSide.BUY ? request.quantityRaw() : -request.quantityRaw();
        if (!request.isNotional() && Math.abs(FixedPoint.addQuantity(held, signed, "position quantity")) <= Math.abs(held)) {
            return null;
        }
        long equity = portfolio.equityRaw();
        long buyingPower = equity <= 0 ? 0 : FixedPoint.dividedByRatio(equity, account.initialMarginRaw());
        if (equity <= 0 || estimate > buyingPower) {
            return new Denial(DenyReason.INSUFFICIENT_FUNDS, "estimated cost " + FixedPoint.formatMoney(estimate) + " "
                    + instrument.quoteCurrency() + " exceeds buying power " + FixedPoint.formatMoney(buyingPower)
                    + " (equity " + FixedPoint.formatMoney(equity) + " / initial margin "
                    + FixedPoint.formatRatio(account.initialMarginRaw()) + ")");
        }
        return null;
    }

    private static long longValue(PortfolioView portfolio) {
        long value = 0;
        List<PositionView> positions = portfolio.positions();
        for (int i = 0; i < positions.size(); i++) { // indexed: no iterator per check
            PositionView p = positions.get(i);
            if (p.quantityRaw() > 0) {
                value = FixedPoint.addMoney(value, p.marketValueRaw(), "long positions");
            }
        }
        return value;
    }
}
