package wave.store.runs;

import java.time.Instant;

/**
 * A run as read back from the store.
 *
 * @param id        the run's id in its store
 * @param createdAt when it was recorded (UTC, millisecond precision)
 * @param record    what was recorded
 */
public record StoredRun(long id, Instant createdAt, RunRecord record) {
}
