package wave.store.bars;

import java.util.Objects;

/**
 * One recorded import into a stored series.
 *
 * @param seq          0 for the import that created the series, then 1, 2, ...
 * @param source       the file, when it was imported and its validation report
 * @param barsRead     the file's bars after validation
 * @param barsAdded    how many of them were newer than the stored bars and were appended
 * @param firstTsNanos the file's first bar, nanoseconds since the epoch (UTC)
 * @param lastTsNanos  the file's last bar, nanoseconds since the epoch (UTC)
 */
public record BarImport(int seq, BarSource source, int barsRead, int barsAdded, long firstTsNanos, long lastTsNanos) {
    /** Requires a source and consistent counts. */
    public BarImport {
        Objects.requireNonNull(source, "source");
        if (seq < 0 || barsAdded < 0 || barsAdded > barsRead) {
            throw new IllegalArgumentException("import " + seq + ": expected 0 <= bars added (" + barsAdded + ") <= bars read (" + barsRead + ")");
        }
    }
}
