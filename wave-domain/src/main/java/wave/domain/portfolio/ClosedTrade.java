package wave.domain.portfolio;

import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;

/**
 * A round trip: from a flat position to flat again (or to a flip to the other side). Money values are raw
 * fixed point (x 10^9) in the instrument's quote currency.
 *
 * @param instrument       what was traded
 * @param side             long or short
 * @param entryTsNanos     time of the first fill, nanoseconds since the epoch (UTC)
 * @param exitTsNanos      time of the fill that made the position flat
 * @param quantityRaw      largest absolute position held during the trade
 * @param entryPriceRaw    volume-weighted average price of the fills that opened or increased the position
 * @param exitPriceRaw     volume-weighted average price of the fills that reduced it
 * @param grossPnlRaw      realised profit before fees
 * @param commissionRaw    fees of the trade's fills
 */
public record ClosedTrade(InstrumentId instrument, PositionSide side, long entryTsNanos, long exitTsNanos, long quantityRaw,
                          long entryPriceRaw, long exitPriceRaw, long grossPnlRaw, long commissionRaw) {
    /** Realised profit after fees, raw. */
    public long netPnlRaw() {
        return grossPnlRaw - commissionRaw;
    }

    /** Net profit as a double (for statistics). */
    public double netPnl() {
        return FixedPoint.moneyToDouble(netPnlRaw());
    }
}
