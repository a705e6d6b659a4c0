package wave.engine.execution;

import java.util.ArrayList;
import java.util.List;
import wave.domain.instrument.Instrument;
import wave.domain.market.Bar;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderStatus;
import wave.domain.order.OrderType;
import wave.domain.order.RejectReason;
import wave.domain.order.StrategyId;
import wave.domain.order.TimeInForce;
import wave.domain.portfolio.Position;
import wave.domain.portfolio.Portfolio;
import wave.engine.market.InstrumentTable;
import wave.engine.order.OrderManager;
import wave.engine.order.OrderTicket;
import wave.engine.order.Sizing;

/**
 * Matches orders against bars. An order placed while bar t is handled reaches the venue with the instrument's
 * next bar: there it is sized (percent / all-in sizing at the fill price), checked (cash, short sales) and
 * accepted or rejected, then matched by the {@link FillModel} on that bar and later ones. A buy that the
 * cash cannot pay for at its fill price (fees included) is canceled instead of filled.
 */
public final class SimulatedVenue implements ExecutionVenue {
    private final InstrumentTable instruments;
    private final Portfolio portfolio;
    private final OrderManager orders;
    private final FillModel fillModel;
    private final FeeModel feeModel;
    private final boolean allowShort;
    private final boolean closeAtEnd;
    private final List<List<OrderTicket>> working;

    /**
     * A venue for the session's instruments.
     *
     * @param allowShort whether sells may open or increase a short position
     * @param closeAtEnd whether positions still open when the data ends are closed at their last mark (the last
     *                   close), with fees; otherwise they stay open, marked at the last close
     */
    public SimulatedVenue(InstrumentTable instruments, Portfolio portfolio, OrderManager orders, FillModel fillModel,
                          FeeModel feeModel, boolean allowShort, boolean closeAtEnd) {
        this.instruments = instruments;
        this.portfolio = portfolio;
        this.orders = orders;
        this.fillModel = fillModel;
        this.feeModel = feeModel;
        this.allowShort = allowShort;
        this.closeAtEnd = closeAtEnd;
        this.working = new ArrayList<>(instruments.size());
        for (int i = 0; i < instruments.size(); i++) {
            working.add(new ArrayList<>());
        }
    }

    @Override
    public void submit(OrderTicket ticket) {
        working.get(instruments.indexOf(ticket.instrument())).add(ticket);
    }

    /** Cancels a working order; it leaves the working list at the instrument's next bar. */
    @Override
    public void cancel(OrderTicket ticket, long nowNanos) {
        if (ticket.isOpen() && working.get(instruments.indexOf(ticket.instrument())).contains(ticket)) {
            orders.cancel(ticket, nowNanos, "canceled by strategy");
        }
    }

    @Override
    public void onBar(int instrumentIndex, Bar bar) {
        List<OrderTicket> list = working.get(instrumentIndex);
        if (list.isEmpty()) {
            return;
        }
        Instrument instrument = instruments.get(instrumentIndex);
        long ts = bar.tsNanos();
        // Callbacks run while orders are processed may cancel or add orders: tickets are never removed inside
        // the loop, and orders added during it were placed on this bar, so they wait for the next one.
        for (int i = 0; i < list.size(); i++) {
            OrderTicket ticket = list.get(i);
            if (ticket.isOpen() && ticket.placedNanos() < ts) {
                process(ticket, instrument, bar, ts);
            }
        }
        removeDone(list);
    }

    /** Drops filled, rejected and canceled tickets, keeping the order of the rest (no allocation). */
    private static void removeDone(List<OrderTicket> list) {
        int kept = 0;
        for (int i = 0; i < list.size(); i++) {
            OrderTicket ticket = list.get(i);
            if (ticket.isOpen()) {
                list.set(kept++, ticket);
            }
        }
        for (int i = list.size() - 1; i >= kept; i--) {
            list.remove(i);
        }
    }

    @Override
    public void onEndOfData(long nowNanos) {
        for (List<OrderTicket> list : working) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).isOpen()) {
                    orders.cancel(list.get(i), nowNanos, "end of data");
                }
            }
            list.clear();
        }
        if (closeAtEnd) {
            closePositionsAtMark(nowNanos);
        }
    }

    private void closePositionsAtMark(long nowNanos) {
        StrategyId liquidator = new StrategyId("end-of-data");
        for (int k = 0; k < instruments.size(); k++) {
            Instrument instrument = instruments.get(k);
            Position position = portfolio.position(instrument);
            long held = position.quantityRaw();
            if (held == 0) {
                continue;
            }
            long quantity = Math.abs(held);
            long price = position.markRaw();
            OrderTicket ticket = orders.place(liquidator, instrument.id(), held > 0 ? OrderSide.SELL : OrderSide.BUY,
                    OrderType.MARKET, new Sizing.Fixed(quantity), 0, 0, TimeInForce.GTC, nowNanos);
            orders.accept(ticket, nowNanos);
            orders.fill(ticket, nowNanos, quantity, price, feeModel.feeRaw(instrument, quantity, price), instrument.quoteCurrency());
        }
    }

    @Override
    public void cancelAll(StrategyId strategy, long nowNanos) {
        for (List<OrderTicket> list : working) {
            for (int i = 0; i < list.size(); i++) {
                OrderTicket ticket = list.get(i);
                if (ticket.isOpen() && ticket.strategyId().equals(strategy)) {
                    orders.cancel(ticket, nowNanos, "strategy halted");
                }
            }
        }
    }

    /**
     * Handles one working order on a bar: size it if needed, receive it, then match it. A callback fired by an
     * event (e.g. the strategy's onOrderEvent) may cancel it on the way, so its state is checked after each step.
     */
    private void process(OrderTicket ticket, Instrument instrument, Bar bar, long ts) {
        if (ticket.order() == null && !sizeAtFillPrice(ticket, instrument, bar, ts)) {
            return;
        }
        if (ticket.status() == OrderStatus.SUBMITTED) {
            receive(ticket, instrument, bar, ts);
        }
        if (!ticket.isOpen() || ticket.status() == OrderStatus.SUBMITTED) {
            return;
        }
        long price = fillModel.fillPriceRaw(ticket.side(), ticket.type(), ticket.limitPriceRaw(), ticket.stopPriceRaw(),
                ticket.stopTriggered(), bar);
        if (price != FillModel.NO_FILL) {
            fill(ticket, instrument, price, ts);
        } else if (ticket.type() == OrderType.STOP_LIMIT && NextBarFillModel.stopTouched(ticket.side(), ticket.stopPriceRaw(), bar)) {
            orders.triggerStop(ticket);
        }
    }

    /** Sizes a percent / all-in market order at this bar's open; false if not even one lot is affordable. */
    private boolean sizeAtFillPrice(OrderTicket ticket, Instrument instrument, Bar bar, long ts) {
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
    private void receive(OrderTicket ticket, Instrument instrument, Bar bar, long ts) {
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

    private void fill(OrderTicket ticket, Instrument instrument, long price, long ts) {
        long quantity = ticket.order().openQuantityRaw();
        long fee = feeModel.feeRaw(instrument, quantity, price);
        if (ticket.side() == OrderSide.BUY) {
            long needed = instrument.notionalRaw(price, quantity) + fee;
            long cash = portfolio.cashRaw(instrument.quoteCurrency());
            if (needed > cash) {
                orders.cancel(ticket, ts, "insufficient cash at fill: " + insufficientCash(instrument, quantity, price, needed, cash));
                return;
            }
        } else if (!allowShort && quantity > heldQuantity(instrument)) {
            orders.cancel(ticket, ts, "sell of " + FixedPoint.format(quantity) + " would open a short position");
            return;
        }
        orders.fill(ticket, ts, quantity, price, fee, instrument.quoteCurrency());
    }

    private long heldQuantity(Instrument instrument) {
        return portfolio.position(instrument).quantityRaw();
    }

    private static String insufficientCash(Instrument instrument, long quantity, long price, long needed, long cash) {
        return FixedPoint.format(quantity) + " " + instrument.id() + " at " + FixedPoint.format(price) + " need "
                + FixedPoint.format(needed) + " " + instrument.quoteCurrency() + " incl. fees, cash is " + FixedPoint.format(cash);
    }
}
