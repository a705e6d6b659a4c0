package wave.engine.execution;

import wave.domain.instrument.Instrument;

/** The fee a fill costs, in the instrument's quote currency. */
@FunctionalInterface
public interface FeeModel {
    /**
     * Fee for one fill.
     *
     * @param instrument   what traded
     * @param quantityRaw  quantity filled, positive, raw fixed point
     * @param priceRaw     fill price, raw fixed point
     * @return fee, raw fixed point, non-negative
     */
    long feeRaw(Instrument instrument, long quantityRaw, long priceRaw);

    /**
     * Fee for one fill that added liquidity ({@code maker}: a resting limit order the market traded against) or
     * took it (market orders, stops, limits marketable on arrival). The same as the three-argument form unless the
     * model prices the two differently.
     */
    default long feeRaw(Instrument instrument, long quantityRaw, long priceRaw, boolean maker) {
        return feeRaw(instrument, quantityRaw, priceRaw);
    }

    /** No fees. */
    static FeeModel none() {
        return new NoFeeModel();
    }
}
