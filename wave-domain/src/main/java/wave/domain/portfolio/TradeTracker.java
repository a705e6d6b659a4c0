package wave.domain.portfolio;

import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;

/** Accumulates the fills of the current round trip of a position. */
final class TradeTracker {
    private PositionSide side;
    private long entryTsNanos;
    private long entryQuantityRaw;
    private long entryNotionalRaw;
    private long exitQuantityRaw;
    private long exitNotionalRaw;
    private long maxQuantityRaw;
    private long realizedRaw;
    private long commissionRaw;

    void start(PositionSide side, long tsNanos) {
        this.side = side;
        entryTsNanos = tsNanos;
        entryQuantityRaw = 0;
        entryNotionalRaw = 0;
        exitQuantityRaw = 0;
        exitNotionalRaw = 0;
        maxQuantityRaw = 0;
        realizedRaw = 0;
        commissionRaw = 0;
    }

    /** {@code priceTimesQuantityRaw} is price x quantity without the multiplier, for average prices. */
    void increase(long quantityRaw, long priceTimesQuantityRaw, long feeRaw, long heldRaw) {
        entryQuantityRaw = FixedPoint.addQuantity(entryQuantityRaw, Math.abs(quantityRaw), "round-trip entry quantity");
        entryNotionalRaw = FixedPoint.addMoney(entryNotionalRaw, Math.abs(priceTimesQuantityRaw), "round-trip entry notional");
        commissionRaw = FixedPoint.addMoney(commissionRaw, feeRaw, "round-trip fees");
        maxQuantityRaw = Math.max(maxQuantityRaw, Math.abs(heldRaw));
    }

    void reduce(long quantityRaw, long priceTimesQuantityRaw, long realized, long feeRaw) {
        exitQuantityRaw = FixedPoint.addQuantity(exitQuantityRaw, Math.abs(quantityRaw), "round-trip exit quantity");
        exitNotionalRaw = FixedPoint.addMoney(exitNotionalRaw, Math.abs(priceTimesQuantityRaw), "round-trip exit notional");
        realizedRaw = FixedPoint.addMoney(realizedRaw, realized, "round-trip P&L");
        commissionRaw = FixedPoint.addMoney(commissionRaw, feeRaw, "round-trip fees");
    }

    /**
     * Restates the round trip's quantities in post-split shares ({@code ratioRaw} new shares per old share), so
     * that average prices stay consistent with fills after the split; notionals do not change.
     */
    void split(long ratioRaw) {
        entryQuantityRaw = FixedPoint.timesRatio(entryQuantityRaw, ratioRaw);
        exitQuantityRaw = FixedPoint.timesRatio(exitQuantityRaw, ratioRaw);
        maxQuantityRaw = FixedPoint.timesRatio(maxQuantityRaw, ratioRaw);
    }

    ClosedTrade close(InstrumentId instrument, long exitTsNanos) {
        return new ClosedTrade(instrument, side, entryTsNanos, exitTsNanos, maxQuantityRaw,
                averagePrice(entryNotionalRaw, entryQuantityRaw), averagePrice(exitNotionalRaw, exitQuantityRaw),
                realizedRaw, commissionRaw);
    }

    /**
     * The round trip still open, as if it closed at {@code markRaw} at {@code tsNanos}: the quantity held, the entry
     * average price, the mark as exit price, and as gross P&amp;L what was realised so far plus {@code unrealizedRaw}.
     */
    ClosedTrade open(InstrumentId instrument, long tsNanos, long heldRaw, long markRaw, long unrealizedRaw) {
        return new ClosedTrade(instrument, side, entryTsNanos, tsNanos, Math.abs(heldRaw),
                averagePrice(entryNotionalRaw, entryQuantityRaw), markRaw,
                FixedPoint.addMoney(realizedRaw, unrealizedRaw, "open round-trip P&L"), commissionRaw);
    }

    /** Notional / quantity; 0 when a split rounded the quantity of dust to nothing. */
    private static long averagePrice(long notionalRaw, long quantityRaw) {
        return quantityRaw == 0 ? 0 : FixedPoint.priceFor(notionalRaw, quantityRaw);
    }
}
