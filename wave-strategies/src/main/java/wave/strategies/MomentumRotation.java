package wave.strategies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.Bar;
import wave.domain.money.FixedPoint;
import wave.engine.strategy.Default;
import wave.engine.strategy.Describe;
import wave.engine.strategy.PortfolioStrategy;
import wave.engine.strategy.Range;
import wave.engine.strategy.Slice;

/**
 * Cross-sectional momentum, rebalanced monthly (the classic 12-1): on the first step of every month each instrument is
 * scored by its return from the close {@code lookbackMonths} month ends ago to the close {@code skipMonths} month ends
 * ago (the latest month is skipped, it tends to reverse); the {@code top} best get equal weights, the rest are sold.
 * An instrument needs {@code lookbackMonths + 1} month-end closes to be scored. Ties keep the data order.
 */
public final class MomentumRotation extends PortfolioStrategy<MomentumRotation.Params> {
    /**
     * The parameters.
     *
     * @param top            how many instruments to hold
     * @param lookbackMonths months of the return window's start, back from the last month end
     * @param skipMonths     most recent months left out of the window
     */
    public record Params(@Range(min = 1, max = 500) @Default("10") @Describe("instruments held") int top,
                         @Range(min = 2, max = 60) @Default("12") @Describe("return window start, month ends back") int lookbackMonths,
                         @Range(min = 0, max = 12) @Default("1") @Describe("latest months skipped") int skipMonths) {
        /** The window must hold at least one month. */
        public Params {
            if (skipMonths >= lookbackMonths) {
                throw new IllegalArgumentException("skipMonths must be < lookbackMonths, got " + skipMonths + " and " + lookbackMonths);
            }
        }
    }

    private final Map<InstrumentId, Long> lastClose = new LinkedHashMap<>();
    private final Map<InstrumentId, List<Long>> monthEnds = new LinkedHashMap<>();
    private int lastMonth = -1;

    /** The strategy. */
    public MomentumRotation(Params params) {
        super(params);
    }

    @Override
    protected void onStep(Slice slice) {
        int month = EqualWeightMonthly.MonthStarts.monthIndex(slice.bar(0).tsNanos());
        boolean newMonth = month != lastMonth;
        if (newMonth && lastMonth != -1) {
            lastClose.forEach((instrument, close) -> monthEnds.computeIfAbsent(instrument, i -> new ArrayList<>()).add(close));
        }
        for (int i = 0; i < slice.size(); i++) {
            Bar bar = slice.bar(i);
            lastClose.put(bar.instrument(), bar.closeRaw());
        }
        lastMonth = month;
        if (newMonth) {
            rebalance();
        }
    }

    private void rebalance() {
        int lookback = params().lookbackMonths();
        int skip = params().skipMonths();
        List<InstrumentId> scored = new ArrayList<>();
        Map<InstrumentId, Double> score = new LinkedHashMap<>();
        for (InstrumentId instrument : universe()) {
            List<Long> ends = monthEnds.getOrDefault(instrument, List.of());
            if (ends.size() >= lookback + 1) {
                double from = FixedPoint.priceToDouble(ends.get(ends.size() - 1 - lookback));
                double to = FixedPoint.priceToDouble(ends.get(ends.size() - 1 - skip));
                score.put(instrument, to / from - 1);
                scored.add(instrument);
            }
        }
        if (scored.isEmpty()) {
            return;
        }
        scored.sort(Comparator.comparingDouble((InstrumentId i) -> score.get(i)).reversed());
        List<InstrumentId> held = scored.subList(0, Math.min(params().top(), scored.size()));
        Map<InstrumentId, Double> weights = new LinkedHashMap<>();
        for (InstrumentId instrument : universe()) {
            if (held.contains(instrument)) {
                weights.put(instrument, 1.0 / held.size());
            } else if (positionRaw(instrument) != 0) {
                weights.put(instrument, 0.0);
            }
        }
        setTargetWeights(weights);
    }
}
