package wave.store.journal;

import java.time.Instant;

/**
 * A journaled session as the store lists it.
 *
 * @param name      its name
 * @param createdAt when its first record was appended (or it was opened)
 * @param records   how many records it holds
 * @param headHash  the hash of its last record (its genesis hash when it has none)
 */
public record JournalSession(String name, Instant createdAt, long records, String headHash) {
}
