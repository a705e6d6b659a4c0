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
        entryQuantityRaw += Math.abs(quantityRaw);
        entryNotionalRaw += Math.abs(priceTimesQuantityRaw);
        commissionRaw += feeRaw;
        maxQuantityRaw = Math.max(maxQuantityRaw, Math.abs(heldRaw));
    }

    void reduce(long quantityRaw, long priceTimesQuantityRaw, long realized, long feeRaw) {
        exitQuantityRaw += Math.abs(quantityRaw);
        exitNotionalRaw += Math.abs(priceTimesQuantityRaw);
        realizedRaw += realized;
        commissionRaw += feeRaw;
    }

    ClosedTrade close(InstrumentId instrument, long exitTsNanos) {
        return new ClosedTrade(instrument, side, entryTsNanos, exitTsNanos, maxQuantityRaw,
                FixedPoint.divide(entryNotionalRaw, entryQuantityRaw), FixedPoint.divide(exitNotionalRaw, exitQuantityRaw),
                realizedRaw, commissionRaw);
    }
}
