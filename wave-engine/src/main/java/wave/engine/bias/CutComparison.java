package wave.engine.bias;

import java.util.List;

/**
 * What one truncated run was compared with and what differed from the full run.
 *
 * @param bars            bars of the first instrument kept in the truncated run
 * @param lastBarNanos    time of the last bar kept (bars of every instrument up to it were kept)
 * @param ordersCompared  orders placed up to the last kept bar in the full run
 * @param fillsCompared   fills up to the last kept bar in the full run
 * @param equityCompared  equity values compared
 * @param differences     one line per difference found, empty when the truncated run agrees
 */
public record CutComparison(int bars, long lastBarNanos, int ordersCompared, int fillsCompared, int equityCompared,
                            List<String> differences) {
    /** Copies the differences. */
    public CutComparison {
        differences = List.copyOf(differences);
    }
}
