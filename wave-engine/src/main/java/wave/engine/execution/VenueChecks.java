package wave.engine.execution;

import java.util.function.LongUnaryOperator;
import wave.domain.instrument.Instrument;
import wave.domain.market.Bar;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderType;
import wave.domain.order.RejectReason;
import wave.domain.portfolio.Portfolio;
import wave.engine.account.AccountConfig;
import wave.engine.order.NotionalBudget;
import wave.engine.order.OrderManager;
import wave.engine.order.OrderTicket;

/**
 * What the simulated venue checks when an order reaches it: sizing at the fill price (percent and all-in orders),
 * lot size, short sales and cash (a cash account) or buying power (a margin account); the order is then accepted or
 * rejected.
 *
 * <p>Buying power of a margin account: an order that increases the position's absolute quantity is accepted only if
 * {@code equity - fee - initialMargin x grossExposureAfter >= 0}, where equity is cash plus the positions at their
 * marks (the previous close), and the gross exposure after the order is the sum of the other positions' absolute
 * market values at their marks plus the absolute value of the instrument's position after the order at the order's
 * reference price (the open for market orders, else the limit or stop price). Orders that reduce a position always pass.
 */
final class VenueChecks {
    private final Portfolio portfolio;
    private final OrderManager orders;
    private final FeeModel feeModel;
    private final AffordableQuantity affordable;
    private final boolean allowShort;
    private final AccountConfig account;

    VenueChecks(Portfolio portfolio, OrderManager orders, FeeModel feeModel, boolean allowShort) {
        this(portfolio, orders, feeModel, allowShort, AccountConfig.cash());
    }

    VenueChecks(Portfolio portfolio, OrderManager orders, FeeModel feeModel, boolean allowShort, AccountConfig account) {
        this.portfolio = portfolio;
        this.orders = orders;
        this.feeModel = feeModel;
        this.affordable = new AffordableQuantity(feeModel);
        this.allowShort = allowShort;
        this.account = account;
    }

    /**
     * Sizes a percent / all-in market order at this bar's open; false if not even one lot is affordable. A buy is sized
     * at the price it would fill at after slippage ({@code fillPriceRaw}: quantity to price, raw), fees included, so
     * that the fill's cash check passes; a sell at the open.
     */
    boolean sizeAtFillPrice(OrderTicket ticket, Instrument instrument, Bar bar, long ts, LongUnaryOperator fillPriceRaw) {
        long price = bar.openRaw();
        long budget = Math.min(NotionalBudget.of(ticket.sizing(), instrument, portfolio), ticket.notionalCapRaw());
        long quantity = ticket.side() == OrderSide.BUY ? affordable.quantityRaw(instrument, price, fillPriceRaw, budget)
                : affordable.quantityRaw(instrument, price, budget);
        if (quantity <= 0) {
            orders.reject(ticket, ts, RejectReason.INSUFFICIENT_CASH, AffordableQuantity.cannotPayForOneLot(instrument, budget, price));
            return false;
        }
        orders.size(ticket, quantity, ts);
        return true;
    }

    /** The order reaches the venue: checks, then accept or reject. */
    void receive(OrderTicket ticket, Instrument instrument, Bar bar, long ts) {
        long quantity = ticket.order().quantityRaw();
        if (quantity % instrument.lotSize().raw() != 0) {
            orders.reject(ticket, ts, RejectReason.INVALID_QUANTITY, "quantity " + FixedPoint.formatQuantity(quantity)
                    + " is not a multiple of the lot size " + instrument.lotSize() + " of " + instrument.id());
            return;
        }
        if (ticket.side() == OrderSide.SELL && !allowShort && quantity > heldQuantity(instrument)) {
            orders.reject(ticket, ts, RejectReason.SHORT_NOT_ALLOWED, "selling " + FixedPoint.formatQuantity(quantity) + " of "
                    + instrument.id() + " while holding " + FixedPoint.formatQuantity(heldQuantity(instrument))
                    + " would open a short position; short sales are disabled");
            return;
        }
        if (account.isMargin()) {
            if (!hasBuyingPower(ticket, instrument, bar, quantity, ts)) {
                return;
            }
        } else if (ticket.side() == OrderSide.BUY) {
            // market-like orders (market, auction, trailing stop) are checked at the open, limits at the limit
            long reference = ticket.type() == OrderType.MARKET ? bar.openRaw()
                    : ticket.type().hasLimitPrice() ? ticket.limitPriceRaw() : Math.max(ticket.stopPriceRaw(), bar.openRaw());
            long needed = affordable.costRaw(instrument, reference, quantity);
            long cash = portfolio.cashRaw(instrument.quoteCurrency());
            if (needed > cash) {
                orders.reject(ticket, ts, RejectReason.INSUFFICIENT_CASH, insufficientCash(instrument, quantity, reference, needed, cash));
                return;
            }
        }
        orders.accept(ticket, ts);
    }

    /** The margin check described above; rejects with {@code INSUFFICIENT_MARGIN} and returns false when it fails. */
    private boolean hasBuyingPower(OrderTicket ticket, Instrument instrument, Bar bar, long quantity, long ts) {
        long held = heldQuantity(instrument);
        long after = ticket.side() == OrderSide.BUY ? FixedPoint.addQuantity(held, quantity, "position quantity")
                : FixedPoint.subtractQuantity(held, quantity, "position quantity");
        if (Math.abs(after) <= Math.abs(held)) {
            return true;
        }
        long reference = ticket.type() == OrderType.MARKET ? bar.openRaw()
                : ticket.type().hasLimitPrice() ? ticket.limitPriceRaw()
                : ticket.stopPriceRaw() > 0 ? ticket.stopPriceRaw() : bar.openRaw();
        long ownValue = Math.abs(portfolio.position(instrument).marketValueRaw());
        long grossAfter = FixedPoint.addMoney(portfolio.grossExposureRaw() - ownValue, Math.abs(instrument.notionalRaw(reference, after)),
                "gross exposure");
        long required = FixedPoint.timesRatio(grossAfter, account.initialMarginRaw());
        long equity = FixedPoint.subtractMoney(portfolio.equityRaw(), feeModel.feeRaw(instrument, quantity, reference), "equity");
        if (equity >= required) {
            return true;
        }
        orders.reject(ticket, ts, RejectReason.INSUFFICIENT_MARGIN, ticket.side() + " " + FixedPoint.formatQuantity(quantity) + " "
                + instrument.id() + " at " + FixedPoint.formatPrice(reference) + " needs initial margin "
                + FixedPoint.formatMoney(required) + " " + instrument.quoteCurrency() + " (" + FixedPoint.formatRatio(account.initialMarginRaw())
                + " x gross exposure " + FixedPoint.formatMoney(grossAfter) + "), equity after fees is " + FixedPoint.formatMoney(equity));
        return false;
    }

    /** True for a margin account (buys are not limited by cash). */
    boolean isMargin() {
        return account.isMargin();
    }

    /** True when sells may open or increase a short position. */
    boolean allowShort() {
        return allowShort;
    }

    /** Cash of the instrument's quote currency, raw. */
    long cashRaw(Instrument instrument) {
        return portfolio.cashRaw(instrument.quoteCurrency());
    }

    /** Signed quantity held, raw. */
    long heldQuantity(Instrument instrument) {
        return portfolio.position(instrument).quantityRaw();
    }

    static String insufficientCash(Instrument instrument, long quantity, long price, long needed, long cash) {
        return FixedPoint.formatQuantity(quantity) + " " + instrument.id() + " at " + FixedPoint.formatPrice(price) + " need "
                + FixedPoint.formatMoney(needed) + " " + instrument.quoteCurrency() + " incl. fees, cash is " + FixedPoint.formatMoney(cash);
    }
}
