package wave.engine.execution;

import wave.domain.instrument.Instrument;
import wave.domain.market.Bar;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderType;
import wave.domain.order.RejectReason;
import wave.domain.portfolio.Portfolio;
import wave.engine.order.OrderManager;
import wave.engine.order.OrderTicket;
import wave.engine.order.Sizing;

/**
 * What the simulated venue checks when an order reaches it: sizing at the fill price (percent and all-in orders),
 * lot size, short sales and cash; the order is then accepted or rejected.
 */
final class VenueChecks {
    private final Portfolio portfolio;
    private final OrderManager orders;
    private final FeeModel feeModel;
    private final boolean allowShort;

    VenueChecks(Portfolio portfolio, OrderManager orders, FeeModel feeModel, boolean allowShort) {
        this.portfolio = portfolio;
        this.orders = orders;
        this.feeModel = feeModel;
        this.allowShort = allowShort;
    }

    /** Sizes a percent / all-in market order at this bar's open; false if not even one lot is affordable. */
    boolean sizeAtFillPrice(OrderTicket ticket, Instrument instrument, Bar bar, long ts) {
        long price = bar.openRaw();
        long budget = budget(ticket.sizing(), instrument);
        long quantity = affordableQuantity(instrument, price, budget);
        if (quantity <= 0) {
            orders.reject(ticket, ts, RejectReason.INSUFFICIENT_CASH, "budget " + FixedPoint.format(budget) + " "
                    + instrument.quoteCurrency() + " cannot pay for one lot of " + instrument.id() + " at "
                    + FixedPoint.format(price) + " plus fees");
            return false;
        }
        orders.size(ticket, quantity, ts);
        return true;
    }

    private long budget(Sizing sizing, Instrument instrument) {
        long cash = portfolio.cashRaw(instrument.quoteCurrency());
        if (sizing instanceof Sizing.PercentOfEquity p) {
            long share = FixedPoint.multiply(portfolio.equityRaw(), FixedPoint.fromDouble(p.percent() / 100.0));
            return Math.min(cash, share);
        }
        return cash;
    }

    /** Largest whole number of lots with {@code price x q + fee(q) <= budget} (binary search; cost grows with q). */
    long affordableQuantity(Instrument instrument, long price, long budget) {
        long lot = instrument.lotSize().raw();
        long lotCost = instrument.notionalRaw(price, lot);
        if (budget <= 0 || lotCost <= 0) {
            return 0;
        }
        long low = 0;
        long high = budget / lotCost;
        while (low < high) {
            long mid = low + (high - low + 1) / 2;
            if (cost(instrument, price, mid * lot) <= budget) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low * lot;
    }

    private long cost(Instrument instrument, long price, long quantity) {
        return instrument.notionalRaw(price, quantity) + feeModel.feeRaw(instrument, quantity, price);
    }

    /** The order reaches the venue: checks, then accept or reject. */
    void receive(OrderTicket ticket, Instrument instrument, Bar bar, long ts) {
        long quantity = ticket.order().quantityRaw();
        if (quantity % instrument.lotSize().raw() != 0) {
            orders.reject(ticket, ts, RejectReason.INVALID_QUANTITY, "quantity " + FixedPoint.format(quantity)
                    + " is not a multiple of the lot size " + instrument.lotSize() + " of " + instrument.id());
            return;
        }
        if (ticket.side() == OrderSide.SELL && !allowShort && quantity > heldQuantity(instrument)) {
            orders.reject(ticket, ts, RejectReason.SHORT_NOT_ALLOWED, "selling " + FixedPoint.format(quantity) + " of "
                    + instrument.id() + " while holding " + FixedPoint.format(heldQuantity(instrument))
                    + " would open a short position; short sales are disabled");
            return;
        }
        if (ticket.side() == OrderSide.BUY) {
            // market-like orders (market, auction, trailing stop) are checked at the open, limits at the limit
            long reference = ticket.type() == OrderType.MARKET ? bar.openRaw()
                    : ticket.type().hasLimitPrice() ? ticket.limitPriceRaw() : Math.max(ticket.stopPriceRaw(), bar.openRaw());
            long needed = cost(instrument, reference, quantity);
            long cash = portfolio.cashRaw(instrument.quoteCurrency());
            if (needed > cash) {
                orders.reject(ticket, ts, RejectReason.INSUFFICIENT_CASH, insufficientCash(instrument, quantity, reference, needed, cash));
                return;
            }
        }
        orders.accept(ticket, ts);
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
        return FixedPoint.format(quantity) + " " + instrument.id() + " at " + FixedPoint.format(price) + " need "
                + FixedPoint.format(needed) + " " + instrument.quoteCurrency() + " incl. fees, cash is " + FixedPoint.format(cash);
    }
}
