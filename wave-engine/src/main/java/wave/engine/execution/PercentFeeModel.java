package wave.engine.execution;

import wave.domain.instrument.Instrument;
import wave.domain.money.FixedPoint;
import wave.domain.money.Scales;

/**
 * A fee of a fixed percentage of the fill's notional: {@code fee = |price x quantity x multiplier| x rate}, exact,
 * rounded half-even to nine decimals.
 *
 * @param rateRaw the fee rate as a raw fixed-point fraction (0.1% = 0.001 = raw 1,000,000)
 */
public record PercentFeeModel(long rateRaw) implements FeeModel {
    /** Requires a rate in [0, 1]. */
    public PercentFeeModel {
        if (rateRaw < 0 || rateRaw > Scales.RATIO) {
            throw new IllegalArgumentException("fee rate must be in [0%, 100%], got " + FixedPoint.formatRatio(rateRaw * 100));
        }
    }

    /** A fee of {@code percent} percent of notional, e.g. {@code ofPercent("0.1")}. */
    public static PercentFeeModel ofPercent(String percent) {
        return new PercentFeeModel(FixedPoint.ratio(FixedPoint.parseRatio(percent), FixedPoint.ratioOfUnits(100)));
    }

    @Override
    public long feeRaw(Instrument instrument, long quantityRaw, long priceRaw) {
        return FixedPoint.timesRatio(Math.abs(instrument.notionalRaw(priceRaw, quantityRaw)), rateRaw);
    }

    @Override
    public String toString() {
        return FixedPoint.formatRatio(rateRaw * 100) + "% of notional";
    }
}
