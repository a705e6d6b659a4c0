package wave.store.runs;

/**
 * One input file of a run: which file, exactly (its digest), and which bars the run used from it.
 *
 * @param file         the file's path, size and SHA-256
 * @param instrument   the instrument its bars belong to, e.g. {@code ORCL.SIM}
 * @param bars         bars used after validation
 * @param firstTsNanos time of the first bar used, nanoseconds since the epoch (UTC)
 * @param lastTsNanos  time of the last bar used, nanoseconds since the epoch (UTC)
 */
public record DataFingerprint(FileDigest file, String instrument, int bars, long firstTsNanos, long lastTsNanos) {
    /** Checks the fields. */
    public DataFingerprint {
        if (file == null || instrument == null || instrument.isBlank()) {
            throw new IllegalArgumentException("file and instrument are required");
        }
        if (bars < 0) {
            throw new IllegalArgumentException("bars must be >= 0, got " + bars);
        }
    }
}
