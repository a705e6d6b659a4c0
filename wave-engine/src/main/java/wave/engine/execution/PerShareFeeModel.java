package wave.engine.execution;

import wave.domain.instrument.Instrument;
import wave.domain.money.FixedPoint;
import wave.domain.money.Scales;

/**
 * A broker-style fee per unit traded with a minimum per fill and, optionally, a maximum as a fraction of the fill's
 * notional (as e.g. 1% of trade value): {@code fee = min(maxRate x notional, max(minimum, quantity x perUnit))}.
 *
 * @param perUnitRaw    fee per share or contract, raw fixed point
 * @param minimumRaw    minimum fee per fill, raw fixed point
 * @param maxRateRaw    maximum fee as a raw fixed-point fraction of notional, or 0 for no maximum
 */
public record PerShareFeeModel(long perUnitRaw, long minimumRaw, long maxRateRaw) implements FeeModel {
    /** Requires non-negative values and a maximum rate of at most 100%. */
    public PerShareFeeModel {
        if (perUnitRaw < 0 || minimumRaw < 0 || maxRateRaw < 0 || maxRateRaw > Scales.RATIO) {
            throw new IllegalArgumentException("per-share fee and minimum must be >= 0, maximum rate in [0%, 100%]");
        }
    }

    /** A per-unit fee with a minimum and no maximum. */
    public PerShareFeeModel(long perUnitRaw, long minimumRaw) {
        this(perUnitRaw, minimumRaw, 0);
    }

    @Override
    public long feeRaw(Instrument instrument, long quantityRaw, long priceRaw) {
        long fee = Math.max(minimumRaw, FixedPoint.notional(perUnitRaw, Math.abs(quantityRaw)));
        if (maxRateRaw == 0) {
            return fee;
        }
        return Math.min(fee, FixedPoint.timesRatio(Math.abs(instrument.notionalRaw(priceRaw, quantityRaw)), maxRateRaw));
    }

    @Override
    public String toString() {
        return FixedPoint.formatPrice(perUnitRaw) + " per unit, min " + FixedPoint.formatMoney(minimumRaw)
                + (maxRateRaw == 0 ? "" : ", max " + FixedPoint.formatRatio(maxRateRaw * 100) + "% of notional");
    }
}
