package wave.engine.execution;

import wave.domain.instrument.Instrument;
import wave.domain.market.Bar;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderSide;
import wave.domain.order.TimeInForce;
import wave.engine.order.OrderManager;
import wave.engine.order.OrderTicket;

/**
 * Turns a matched price into a fill: the bar's volume cap (shared by every order of the instrument on that bar, in
 * the order they fill), fill-or-kill, slippage (within the bar's range by default), fees, then the cash and short-sale
 * checks. Prices are raw fixed point.
 */
final class FillExecutor {
    private final OrderManager orders;
    private final FeeModel feeModel;
    private final VenueChecks checks;
    private final SlippageModel slippage;
    private final double maxVolumeParticipation;
    private final boolean capsVolume;
    private final long[] capacityRaw;
    private final boolean slippageOutsideBar;
    private long slippageBeyondBarRaw;

    FillExecutor(OrderManager orders, FeeModel feeModel, VenueChecks checks, SlippageModel slippage, ExecutionConfig execution,
                 int instrumentCount) {
        this.capacityRaw = new long[instrumentCount];
        this.orders = orders;
        this.feeModel = feeModel;
        this.checks = checks;
        this.slippage = slippage;
        this.maxVolumeParticipation = execution.maxVolumeParticipation();
        this.capsVolume = execution.capsVolume();
        this.slippageOutsideBar = execution.slippageOutsideBar();
    }

    /** Resets the volume available to the account's orders on a new bar of instrument {@code instrumentIndex}. */
    void startBar(int instrumentIndex, Instrument instrument, Bar bar) {
        capacityRaw[instrumentIndex] = capsVolume ? capacityRaw(instrument, bar.volume(), maxVolumeParticipation) : Long.MAX_VALUE;
    }

    /** {@code volume x participation} rounded down to whole lots, raw; 0 for a bar without volume. */
    static long capacityRaw(Instrument instrument, double volume, double participation) {
        long lotRaw = instrument.lotSize().raw();
        // a tiny tolerance keeps e.g. 0.29 x 100 = 28.999999999999996 at 29 lots
        double lots = Math.floor(volume * participation / FixedPoint.quantityToDouble(lotRaw) + 1e-9);
        if (!(lots > 0)) {
            return 0;
        }
        return lots >= (double) (Long.MAX_VALUE / lotRaw) ? Long.MAX_VALUE : (long) lots * lotRaw;
    }

    /**
     * Fills as much of the order as the bar's volume allows at {@code matchedRaw} plus slippage, or cancels it when
     * it is fill-or-kill and cannot fill entirely, or when the account cannot pay for it (or it would open a
     * forbidden short).
     *
     * @param maker true when the order was resting and the market came to it (a limit reached inside the bar)
     */
    void execute(OrderTicket ticket, int instrumentIndex, Instrument instrument, Bar bar, long matchedRaw, boolean maker) {
        long ts = bar.tsNanos();
        long open = ticket.order().openQuantityRaw();
        long quantity = Math.min(open, capacityRaw[instrumentIndex]);
        if (quantity < open && ticket.timeInForce() == TimeInForce.FOK) {
            orders.cancel(ticket, ts, "FOK: only " + FixedPoint.formatQuantity(quantity) + " of " + FixedPoint.formatQuantity(open)
                    + " could fill on this bar (volume cap)");
            return;
        }
        if (quantity == 0) {
            return;
        }
        long slipped = slippedRaw(ticket, instrumentIndex, bar, matchedRaw, quantity);
        long price = withinBar(ticket.side(), slipped, matchedRaw, bar);
        long fee = feeModel.feeRaw(instrument, quantity, price, maker);
        if (ticket.side() == OrderSide.BUY && !checks.isMargin()) {
            long needed = FixedPoint.addMoney(instrument.notionalRaw(price, quantity), fee, "cost plus fee");
            long cash = checks.cashRaw(instrument);
            if (needed > cash) {
                orders.cancel(ticket, ts, "insufficient cash at fill: "
                        + VenueChecks.insufficientCash(instrument, quantity, price, needed, cash));
                return;
            }
        } else if (ticket.side() == OrderSide.SELL && !checks.allowShort() && quantity > checks.heldQuantity(instrument)) {
            orders.cancel(ticket, ts, "sell of " + FixedPoint.formatQuantity(quantity) + " would open a short position");
            return;
        }
        capacityRaw[instrumentIndex] -= quantity;
        long slippageCost = Math.abs(instrument.notionalRaw(price, quantity) - instrument.notionalRaw(matchedRaw, quantity));
        if (price != slipped) {
            slippageBeyondBarRaw = FixedPoint.addMoney(slippageBeyondBarRaw,
                    Math.abs(instrument.notionalRaw(slipped, quantity) - instrument.notionalRaw(price, quantity)),
                    "slippage beyond the bar");
        }
        orders.fill(ticket, ts, quantity, price, fee, instrument.quoteCurrency(), slippageCost);
    }

    /**
     * The price {@code quantityRaw} of the order fills at when matched at {@code matchedRaw}: moved against the order by
     * the slippage model, never past a limit order's limit, and (unless slippage may leave the bar) never beyond the
     * bar's high for a buy or low for a sell (raw fixed point).
     */
    long fillPriceRaw(OrderTicket ticket, int instrumentIndex, Bar bar, long matchedRaw, long quantity) {
        return withinBar(ticket.side(), slippedRaw(ticket, instrumentIndex, bar, matchedRaw, quantity), matchedRaw, bar);
    }

    /**
     * Slippage cost that did not fit within the fills' bars so far (buys above the high, sells below the low), raw, in
     * the quote currencies; 0 when slippage may leave the bar.
     */
    long slippageBeyondBarRaw() {
        return slippageBeyondBarRaw;
    }

    /** {@code priceRaw} kept within the bar (never better than the matched price), unless slippage may leave it. */
    private long withinBar(OrderSide side, long priceRaw, long matchedRaw, Bar bar) {
        if (slippageOutsideBar) {
            return priceRaw;
        }
        return side == OrderSide.BUY ? Math.min(priceRaw, Math.max(bar.highRaw(), matchedRaw))
                : Math.max(priceRaw, Math.min(bar.lowRaw(), matchedRaw));
    }

    /** The matched price moved against the order by the slippage model, never past a limit order's limit. */
    private long slippedRaw(OrderTicket ticket, int instrumentIndex, Bar bar, long matchedRaw, long quantity) {
        long slip = slippage.slippageRaw(instrumentIndex, ticket.side(), matchedRaw, quantity, bar);
        if (slip == 0) {
            return matchedRaw;
        }
        boolean buy = ticket.side() == OrderSide.BUY;
        long price = buy ? FixedPoint.addPrice(matchedRaw, slip, "price plus slippage") : Math.max(1, matchedRaw - slip);
        if (ticket.type().hasLimitPrice()) {
            price = buy ? Math.min(price, ticket.limitPriceRaw()) : Math.max(price, ticket.limitPriceRaw());
        }
        return price;
    }
}
