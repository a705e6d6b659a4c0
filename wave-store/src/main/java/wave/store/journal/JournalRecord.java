package wave.store.journal;

/**
 * One stored journal record.
 *
 * @param seq      its position in the session, 1, 2, ...
 * @param tsNanos  kernel time when it was recorded, nanoseconds since the epoch (UTC)
 * @param kind     what it is (the kernel's record type name)
 * @param payload  its canonical encoding
 * @param prevHash the hash of the record before it (the session's genesis hash for the first), hex SHA-256
 * @param hash     its own hash, hex SHA-256 of {@code prevHash}, {@code tsNanos}, {@code kind} and {@code payload}
 */
public record JournalRecord(long seq, long tsNanos, String kind, String payload, String prevHash, String hash) {
}
