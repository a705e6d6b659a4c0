package wave.engine.execution;

import wave.domain.instrument.Instrument;
import wave.domain.money.FixedPoint;

/**
 * The same fee for every fill, whatever its size.
 *
 * @param feeRaw fee per fill, raw fixed point
 */
public record FixedFeeModel(long feeRaw) implements FeeModel {
    /** Requires a non-negative fee. */
    public FixedFeeModel {
        if (feeRaw < 0) {
            throw new IllegalArgumentException("fixed fee must be >= 0, got " + FixedPoint.formatMoney(feeRaw));
        }
    }

    @Override
    public long feeRaw(Instrument instrument, long quantityRaw, long priceRaw) {
        return feeRaw;
    }

    @Override
    public String toString() {
        return FixedPoint.formatMoney(feeRaw) + " per fill";
    }
}
