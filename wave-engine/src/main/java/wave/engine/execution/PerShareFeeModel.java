package wave.engine.execution;

import wave.domain.instrument.Instrument;
import wave.domain.money.FixedPoint;

/**
 * A broker-style fee per unit traded with a minimum per fill: {@code fee = max(minimum, quantity x perUnit)}.
 *
 * @param perUnitRaw fee per share or contract, raw fixed point
 * @param minimumRaw minimum fee per fill, raw fixed point
 */
public record PerShareFeeModel(long perUnitRaw, long minimumRaw) implements FeeModel {
    /** Requires non-negative values. */
    public PerShareFeeModel {
        if (perUnitRaw < 0 || minimumRaw < 0) {
            throw new IllegalArgumentException("per-share fee and minimum must be >= 0");
        }
    }

    @Override
    public long feeRaw(Instrument instrument, long quantityRaw, long priceRaw) {
        return Math.max(minimumRaw, FixedPoint.multiply(Math.abs(quantityRaw), perUnitRaw));
    }

    @Override
    public String toString() {
        return FixedPoint.format(perUnitRaw) + " per unit, min " + FixedPoint.format(minimumRaw);
    }
}
