package wave.strategies;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import wave.domain.instrument.InstrumentId;
import wave.engine.strategy.PortfolioStrategy;
import wave.engine.strategy.Slice;

/**
 * Equal weight, rebalanced monthly: on the first step of every month (by the bars' dates, and the first step of the
 * run) each instrument
 * that has a price gets {@code 1 / N} of equity, N being how many have one (names listed later join when they do).
 * Orders fill at the next open, sales first.
 */
public final class EqualWeightMonthly extends PortfolioStrategy<EqualWeightMonthly.Params> {
    /** No parameters: the rebalance is monthly. */
    public record Params() {
    }

    private int lastMonth = -1;

    /** The strategy. */
    public EqualWeightMonthly(Params params) {
        super(params);
    }

    @Override
    protected void onStep(Slice slice) {
        int month = MonthStarts.monthIndex(slice.bar(0).tsNanos());
        if (month == lastMonth) {
            return;
        }
        lastMonth = month;
        Map<InstrumentId, Double> weights = new LinkedHashMap<>();
        for (InstrumentId instrument : universe()) {
            if (portfolio().position(instrument).markRaw() > 0) {
                weights.put(instrument, 0.0);
            }
        }
        double each = 1.0 / weights.size();
        weights.replaceAll((instrument, zero) -> each);
        setTargetWeights(weights);
    }

    /** Month numbering of bar dates (UTC year x 12 + month), shared by the monthly strategies. */
    static final class MonthStarts {
        private MonthStarts() {
        }

        static int monthIndex(long nanos) {
            var date = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L)).atZone(ZoneOffset.UTC);
            return date.getYear() * 12 + date.getMonthValue() - 1;
        }
    }
}
