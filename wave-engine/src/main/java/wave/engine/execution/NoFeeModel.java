package wave.engine.execution;

import wave.domain.instrument.Instrument;

/** No fees at all. */
public record NoFeeModel() implements FeeModel {
    @Override
    public long feeRaw(Instrument instrument, long quantityRaw, long priceRaw) {
        return 0;
    }

    @Override
    public String toString() {
        return "none";
    }
}
