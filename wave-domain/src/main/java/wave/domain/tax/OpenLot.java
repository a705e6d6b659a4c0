package wave.domain.tax;

import wave.domain.instrument.InstrumentId;
import wave.domain.order.ClientOrderId;
import wave.domain.portfolio.PositionSide;

/**
 * A lot still open, as a {@link LotSelector} sees it (read only). Money is raw fixed point in the quote currency.
 *
 * @param instrument  the instrument
 * @param side        long or short
 * @param openTsNanos time of the opening fill, nanoseconds since the epoch (UTC)
 * @param openOrder   the order whose fill opened it
 * @param quantityRaw quantity still open, positive, raw fixed point at the quantity scale
 * @param amountRaw   the open quantity's share of the opening amount: for a long lot its cost basis (purchase notional
 *                    plus fees), for a short lot its proceeds (sale notional less fees)
 */
public record OpenLot(InstrumentId instrument, PositionSide side, long openTsNanos, ClientOrderId openOrder,
                      long quantityRaw, long amountRaw) {
}
