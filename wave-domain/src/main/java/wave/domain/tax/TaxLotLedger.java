package wave.domain.tax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import wave.domain.instrument.Instrument;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderFilled;
import wave.domain.portfolio.PositionSide;

/**
 * Tax lots from a sequence of fills: each fill that opens or adds to a position opens a lot; each fill that reduces it
 * closes lots chosen by a {@link LotSelector} ({@link LotMethod#FIFO} by default), wholly or in part, and a fill that
 * goes through flat closes every lot and opens one on the other side with the rest. Shorts are lots too: a sale opens
 * one and the purchase that covers it closes it.
 *
 * <p><b>Exact money, fees allocated.</b> A lot's opening amount is the fill's notional (price x quantity x multiplier,
 * {@link Instrument#notionalRaw}) with its fee: added to the cost basis of a purchase, taken from the proceeds of a
 * sale. When a lot closes in part, it releases {@code amount x closed / open} of its amount (half-even) and keeps the
 * rest, so that the last piece takes exactly what is left. A closing fill's notional and fee are shared among the lots
 * it closes in proportion to quantity (half-even, the last lot taking the remainder), and when a fill goes through flat
 * its fee is split between the closing and the opening quantity the same way as the position does. So, per instrument,
 * the gains of the closed lots add up to the realised P&amp;L net of every fee of their fills, to the raw unit.
 *
 * <p>Splits restate the open lots' quantities ({@link #split}); a fraction the position cannot keep is sold for the
 * split's cash in lieu, from the newest lots. Single-threaded.
 */
public final class TaxLotLedger {
    private final LotSelector selector;
    private final Function<InstrumentId, Instrument> instruments;
    private final Map<InstrumentId, List<OpenLot>> open = new HashMap<>();
    private final List<TaxLot> closed = new ArrayList<>();

    /**
     * A ledger closing lots with {@code selector}.
     *
     * @param instruments the instrument of each id the fills name (for its multiplier)
     */
    public TaxLotLedger(LotSelector selector, Function<InstrumentId, Instrument> instruments) {
        this.selector = Objects.requireNonNull(selector, "selector");
        this.instruments = Objects.requireNonNull(instruments, "instruments");
    }

    /** The closed lots of {@code fills} (in time order) under {@code selector}, in the order they closed. */
    public static List<TaxLot> closedLots(List<OrderFilled> fills, LotSelector selector,
                                          Function<InstrumentId, Instrument> instruments) {
        TaxLotLedger ledger = new TaxLotLedger(selector, instruments);
        fills.forEach(ledger::apply);
        return ledger.closed();
    }

    /** Books a fill: opens a lot, or closes lots (and opens one with the rest when it goes through flat). */
    public void apply(OrderFilled fill) {
        Instrument instrument = instruments.apply(fill.instrument());
        if (instrument == null) {
            throw new IllegalArgumentException("fill of " + fill.orderId() + ": unknown instrument " + fill.instrument());
        }
        List<OpenLot> lots = open.computeIfAbsent(fill.instrument(), id -> new ArrayList<>());
        PositionSide fillSide = fill.signedQuantityRaw() > 0 ? PositionSide.LONG : PositionSide.SHORT;
        long quantity = fill.quantityRaw();
        long notional = Math.abs(instrument.notionalRaw(fill.priceRaw(), quantity));
        if (lots.isEmpty() || lots.getFirst().side() == fillSide) {
            lots.add(openLot(fill, fillSide, quantity, notional, fill.commissionRaw()));
            return;
        }
        long held = 0;
        for (OpenLot lot : lots) {
            held = FixedPoint.addQuantity(held, lot.quantityRaw(), "open lots");
        }
        long closing = Math.min(quantity, held);
        long rest = quantity - closing;
        long closingNotional = rest == 0 ? notional : Math.abs(instrument.notionalRaw(fill.priceRaw(), closing));
        long closingFee = rest == 0 ? fill.commissionRaw() : FixedPoint.scale(fill.commissionRaw(), closing, quantity);
        close(lots, fill, closing, closingNotional, closingFee);
        if (rest > 0) {
            lots.add(openLot(fill, fillSide, rest, notional - closingNotional, fill.commissionRaw() - closingFee));
        }
    }

    /**
     * Restates the open lots of {@code instrument} after a split of {@code ratioRaw} new shares per old share (raw
     * ratio): each quantity times the ratio (half-even), amounts unchanged. When the position keeps fewer shares than
     * that ({@code keptRaw}: whole lots, the fraction paid in cash), the fraction is sold from the newest lots for
     * {@code cashInLieuRaw}: closed lots without a closing order.
     *
     * @param keptRaw       the quantity held after the split, signed like the position, raw
     * @param cashInLieuRaw the cash paid for the fraction, raw money (negative for a short, which pays it)
     * @param tsNanos       the split's time, nanoseconds since the epoch (UTC)
     */
    public void split(InstrumentId instrument, long ratioRaw, long keptRaw, long cashInLieuRaw, long tsNanos) {
        List<OpenLot> lots = open.getOrDefault(instrument, new ArrayList<>());
        long total = 0;
        for (int i = 0; i < lots.size(); i++) {
            OpenLot lot = lots.get(i);
            OpenLot scaled = new OpenLot(lot.instrument(), lot.side(), lot.openTsNanos(), lot.openOrder(),
                    FixedPoint.timesRatio(lot.quantityRaw(), ratioRaw), lot.amountRaw());
            lots.set(i, scaled);
            total += scaled.quantityRaw();
        }
        long fraction = total - Math.abs(keptRaw);
        long cashLeft = Math.abs(cashInLieuRaw);
        for (long remaining = fraction; remaining > 0; ) {
            OpenLot lot = lots.getLast();
            long taken = Math.min(remaining, lot.quantityRaw());
            long cash = taken == remaining ? cashLeft : FixedPoint.scale(Math.abs(cashInLieuRaw), taken, fraction);
            cashLeft -= cash;
            remaining -= taken;
            closePart(lots, lots.size() - 1, taken, cash, 0, tsNanos, null);
        }
    }

    /** The lots closed so far, in the order they closed. */
    public List<TaxLot> closed() {
        return List.copyOf(closed);
    }

    /** The lots still open of {@code instrument}, oldest first. */
    public List<OpenLot> open(InstrumentId instrument) {
        return List.copyOf(open.getOrDefault(instrument, List.of()));
    }

    private static OpenLot openLot(OrderFilled fill, PositionSide side, long quantity, long notional, long fee) {
        long amount = side == PositionSide.LONG ? FixedPoint.addMoney(notional, fee, "lot cost basis")
                : FixedPoint.subtractMoney(notional, fee, "lot proceeds");
        return new OpenLot(fill.instrument(), side, fill.tsNanos(), fill.orderId(), quantity, amount);
    }

    /** Closes {@code closing} of the lots with the closing part of a fill: its notional and fee shared by quantity. */
    private void close(List<OpenLot> lots, OrderFilled fill, long closing, long closingNotional, long closingFee) {
        long remaining = closing;
        long notionalLeft = closingNotional;
        long feeLeft = closingFee;
        while (remaining > 0) {
            int index = selector.next(List.copyOf(lots), fill);
            long taken = Math.min(remaining, lots.get(index).quantityRaw());
            long notional = taken == remaining ? notionalLeft : FixedPoint.scale(closingNotional, taken, closing);
            long fee = taken == remaining ? feeLeft : FixedPoint.scale(closingFee, taken, closing);
            notionalLeft -= notional;
            feeLeft -= fee;
            remaining -= taken;
            closePart(lots, index, taken, notional, fee, fill.tsNanos(), fill.orderId());
        }
    }

    /**
     * Closes {@code taken} of lot {@code index} against a closing amount (notional and fee) and keeps the rest open.
     *
     * @param closeOrder the closing order, or null for a split's cash in lieu
     */
    private void closePart(List<OpenLot> lots, int index, long taken, long notional, long fee, long tsNanos,
                           ClientOrderId closeOrder) {
        OpenLot lot = lots.get(index);
        long released = taken == lot.quantityRaw() ? lot.amountRaw() : FixedPoint.scale(lot.amountRaw(), taken, lot.quantityRaw());
        boolean isLong = lot.side() == PositionSide.LONG;
        long cost = isLong ? released : FixedPoint.addMoney(notional, fee, "lot cost basis");
        long proceeds = isLong ? FixedPoint.subtractMoney(notional, fee, "lot proceeds") : released;
        closed.add(new TaxLot(lot.instrument(), lot.side(), lot.openTsNanos(), tsNanos, taken, cost, proceeds,
                lot.openOrder(), closeOrder));
        if (taken == lot.quantityRaw()) {
            lots.remove(index);
        } else {
            lots.set(index, new OpenLot(lot.instrument(), lot.side(), lot.openTsNanos(), lot.openOrder(),
                    lot.quantityRaw() - taken, lot.amountRaw() - released));
        }
    }
}
