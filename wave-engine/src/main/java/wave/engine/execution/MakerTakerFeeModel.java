package wave.engine.execution;

import wave.domain.instrument.Instrument;
import wave.domain.money.FixedPoint;
import wave.domain.money.Scales;

/**
 * A crypto-exchange style fee: a percentage of notional that depends on whether the fill added liquidity (maker, a
 * resting limit order) or took it (taker). Rates may be negative for a maker rebate only if the exchange pays one;
 * here they must be in [0, 1].
 *
 * @param makerRateRaw fee rate of maker fills, raw fixed-point fraction (0.02% = 0.0002 = raw 200,000)
 * @param takerRateRaw fee rate of taker fills, raw fixed-point fraction
 */
public record MakerTakerFeeModel(long makerRateRaw, long takerRateRaw) implements FeeModel {
    /** Requires rates in [0%, 100%]. */
    public MakerTakerFeeModel {
        if (makerRateRaw < 0 || makerRateRaw > Scales.RATIO || takerRateRaw < 0 || takerRateRaw > Scales.RATIO) {
            throw new IllegalArgumentException("maker and taker rates must be in [0%, 100%]");
        }
    }

    /** Rates given in percent, e.g. {@code ofPercent("0.02", "0.05")}. */
    public static MakerTakerFeeModel ofPercent(String makerPercent, String takerPercent) {
        return new MakerTakerFeeModel(PercentFeeModel.ofPercent(makerPercent).rateRaw(), PercentFeeModel.ofPercent(takerPercent).rateRaw());
    }

    /** A fill whose side of the book is unknown pays the taker rate. */
    @Override
    public long feeRaw(Instrument instrument, long quantityRaw, long priceRaw) {
        return feeRaw(instrument, quantityRaw, priceRaw, false);
    }

    @Override
    public long feeRaw(Instrument instrument, long quantityRaw, long priceRaw, boolean maker) {
        return FixedPoint.timesRatio(Math.abs(instrument.notionalRaw(priceRaw, quantityRaw)), maker ? makerRateRaw : takerRateRaw);
    }

    @Override
    public String toString() {
        return FixedPoint.formatRatio(makerRateRaw * 100) + "% maker / " + FixedPoint.formatRatio(takerRateRaw * 100) + "% taker";
    }
}
