package wave.engine.execution;

import java.util.List;
import wave.domain.instrument.Instrument;
import wave.domain.money.FixedPoint;
import wave.domain.money.Scales;

/**
 * A percentage fee whose rate falls with the size of the fill: the rate of the highest tier whose threshold the
 * fill's notional reaches (e.g. 0.10% below 10,000, 0.08% from 10,000, 0.05% from 100,000), with an optional
 * minimum per fill.
 *
 * @param tiers      tiers by ascending threshold; the first threshold must be 0
 * @param minimumRaw minimum fee per fill, raw fixed point (0 for none)
 */
public record TieredFeeModel(List<Tier> tiers, long minimumRaw) implements FeeModel {
    /**
     * One tier.
     *
     * @param fromNotionalRaw notional (price x quantity x multiplier) from which the rate applies, raw
     * @param rateRaw         fee rate as a raw fixed-point fraction
     */
    public record Tier(long fromNotionalRaw, long rateRaw) {
        /** Requires a non-negative threshold and a rate in [0, 1]. */
        public Tier {
            if (fromNotionalRaw < 0 || rateRaw < 0 || rateRaw > Scales.RATIO) {
                throw new IllegalArgumentException("tier threshold must be >= 0 and rate in [0%, 100%]");
            }
        }
    }

    /** Requires tiers by strictly ascending threshold, starting at 0, and a non-negative minimum. */
    public TieredFeeModel {
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty() || tiers.getFirst().fromNotionalRaw() != 0) {
            throw new IllegalArgumentException("the first tier must start at a notional of 0");
        }
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).fromNotionalRaw() <= tiers.get(i - 1).fromNotionalRaw()) {
                throw new IllegalArgumentException("tier thresholds must ascend strictly");
            }
        }
        if (minimumRaw < 0) {
            throw new IllegalArgumentException("minimum fee must be >= 0");
        }
    }

    @Override
    public long feeRaw(Instrument instrument, long quantityRaw, long priceRaw) {
        long notional = Math.abs(instrument.notionalRaw(priceRaw, quantityRaw));
        long rate = tiers.getFirst().rateRaw();
        for (Tier tier : tiers) {
            if (notional >= tier.fromNotionalRaw()) {
                rate = tier.rateRaw();
            }
        }
        return Math.max(minimumRaw, FixedPoint.timesRatio(notional, rate));
    }
}
