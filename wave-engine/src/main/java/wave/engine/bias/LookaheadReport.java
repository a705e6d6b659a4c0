package wave.engine.bias;

import java.util.List;

/**
 * The outcome of a {@link LookaheadAnalysis}.
 *
 * @param ordersInFullRun orders the full run placed
 * @param cuts            one comparison per cut point, in time order
 */
public record LookaheadReport(int ordersInFullRun, List<CutComparison> cuts) {
    /** Copies the cuts. */
    public LookaheadReport {
        cuts = List.copyOf(cuts);
    }

    /** True when some truncated run differed from the full run before its cut: the strategy looks ahead. */
    public boolean biased() {
        return cuts.stream().anyMatch(c -> !c.differences().isEmpty());
    }

    /** Orders compared over all cuts. */
    public int ordersCompared() {
        return cuts.stream().mapToInt(CutComparison::ordersCompared).sum();
    }
}
