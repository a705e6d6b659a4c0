package wave.domain.tax;

import wave.domain.instrument.InstrumentId;
import wave.domain.order.ClientOrderId;
import wave.domain.portfolio.PositionSide;

/**
 * A closed tax lot: a quantity opened by one fill and closed by another. Money is raw fixed point at the money scale
 * in the instrument's quote currency, fees included (see {@link TaxLotLedger} for how they are allocated).
 *
 * <p>A long lot opens with a purchase and closes with a sale; a short lot opens with a sale and closes with the
 * purchase that covers it. Either way the cost basis is what was paid (purchase notional plus its fees) and the
 * proceeds what was received (sale notional less its fees).
 *
 * @param instrument   what was traded
 * @param side         long (opened by a buy) or short (opened by a sale)
 * @param openTsNanos  time of the opening fill, nanoseconds since the epoch (UTC)
 * @param closeTsNanos time of the closing fill, nanoseconds since the epoch (UTC)
 * @param quantityRaw  quantity closed, positive, raw fixed point at the quantity scale
 * @param costBasisRaw what the quantity cost: purchase notional plus the purchase fees allocated to it, raw money
 * @param proceedsRaw  what it brought: sale notional less the sale fees allocated to it, raw money
 * @param openOrder    the order whose fill opened the lot
 * @param closeOrder   the order whose fill closed it, or null when a split's fraction was paid in cash in lieu
 */
public record TaxLot(InstrumentId instrument, PositionSide side, long openTsNanos, long closeTsNanos, long quantityRaw,
                     long costBasisRaw, long proceedsRaw, ClientOrderId openOrder, ClientOrderId closeOrder) {
    /** Realised gain (negative: a loss), proceeds minus cost basis, raw money. */
    public long gainRaw() {
        return proceedsRaw - costBasisRaw;
    }
}
