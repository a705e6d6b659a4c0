package wave.engine.execution;

import wave.domain.market.Bar;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderSide;

/**
 * Crossing a bid-ask spread quoted as a fraction of the price: bars carry trade prices (about the mid), so a buy
 * pays half the spread above and a sell receives half the spread below:
 * {@code slippage = price x spreadBps / 2 / 10,000}. Example: a 10 bps spread on a buy at 100 pays 100.05.
 *
 * @param spreadBps the full spread in basis points of the price, in [0, 20,000)
 */
public record HalfSpreadSlippage(double spreadBps) implements SlippageModel {
    /** Requires 0 <= spreadBps < 20,000. */
    public HalfSpreadSlippage {
        if (!(spreadBps >= 0 && spreadBps < 20_000)) {
            throw new IllegalArgumentException("spread must be in [0, 20000) bps, got " + spreadBps);
        }
    }

    @Override
    public long slippageRaw(int instrumentIndex, OrderSide side, long priceRaw, long quantityRaw, Bar bar) {
        return FixedPoint.timesRatio(priceRaw, FixedBpsSlippage.rateRaw(spreadBps / 2));
    }

    @Override
    public String toString() {
        return "half of a " + spreadBps + " bps spread";
    }
}
