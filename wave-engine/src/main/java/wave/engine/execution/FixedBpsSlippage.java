package wave.engine.execution;

import wave.domain.market.Bar;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderSide;

/**
 * A fixed fraction of the price against every fill: {@code slippage = price x bps / 10,000}, exact to nine decimals
 * (rounded half-even). Example: 5 bps on a buy at 100 pays 100.05.
 *
 * @param bps basis points of the price (1 bp = 0.01%), in [0, 10,000)
 */
public record FixedBpsSlippage(double bps) implements SlippageModel {
    /** Requires 0 <= bps < 10,000. */
    public FixedBpsSlippage {
        if (!(bps >= 0 && bps < 10_000)) {
            throw new IllegalArgumentException("slippage must be in [0, 10000) bps, got " + bps);
        }
    }

    @Override
    public long slippageRaw(int instrumentIndex, OrderSide side, long priceRaw, long quantityRaw, Bar bar) {
        return FixedPoint.timesRatio(priceRaw, rateRaw(bps));
    }

    /** {@code bps / 10,000} as a raw fixed-point fraction (5 bps = 0.0005 = raw 500,000). */
    static long rateRaw(double bps) {
        return FixedPoint.ratioFromDouble(bps / 10_000);
    }

    @Override
    public String toString() {
        return bps + " bps";
    }
}
