package wave.engine.execution;

import wave.domain.market.Bar;
import wave.domain.order.OrderSide;

/** Fills at the matched price. */
public record NoSlippage() implements SlippageModel {
    @Override
    public long slippageRaw(int instrumentIndex, OrderSide side, long priceRaw, long quantityRaw, Bar bar) {
        return 0;
    }

    @Override
    public String toString() {
        return "none";
    }
}
