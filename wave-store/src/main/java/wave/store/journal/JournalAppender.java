package wave.store.journal;

import org.jdbi.v3.core.Handle;
import wave.store.Store;
import wave.store.StoreCalls;

/**
 * Appends records to one session's journal over a connection it keeps open until {@link #close()}. Each append is
 * one committed transaction (the record and the session's count and last hash), so a record that {@link #append}
 * returned for survives a crash of the process. One thread at a time (the kernel's).
 */
public final class JournalAppender implements AutoCloseable {
    private final Store store;
    private final Handle handle;
    private final String session;
    private final long sessionId;
    private long records;
    private String headHash;

    JournalAppender(Store store, Handle handle, String session, long sessionId, long records, String headHash) {
        this.store = store;
        this.handle = handle;
        this.session = session;
        this.sessionId = sessionId;
        this.records = records;
        this.headHash = headHash;
    }

    /**
     * Appends one record, chained to the last one, and commits it.
     *
     * @param tsNanos kernel time, nanoseconds since the epoch (UTC)
     * @param kind    what the record is
     * @param payload its canonical encoding
     * @return the record as stored
     */
    public JournalRecord append(long tsNanos, String kind, String payload) {
        JournalRecord record = new JournalRecord(records + 1, tsNanos, kind, payload, headHash,
                AuditChain.hash(headHash, tsNanos, kind, payload));
        StoreCalls.call(store, "append record " + record.seq() + " to the journal of session " + session + " in",
                () -> handle.inTransaction(h -> {
                    h.createUpdate("""
                                    INSERT INTO journal_record (session_id, seq, ts_nanos, kind, payload, prev_hash, hash)
                                    VALUES (:session, :seq, :ts, :kind, :payload, :prev, :hash)""")
                            .bind("session", sessionId)
                            .bind("seq", record.seq())
                            .bind("ts", tsNanos)
                            .bind("kind", kind)
                            .bind("payload", payload)
                            .bind("prev", record.prevHash())
                            .bind("hash", record.hash())
                            .execute();
                    return h.createUpdate("UPDATE journal_session SET records = :records, head_hash = :head WHERE id = :id")
                            .bind("records", record.seq())
                            .bind("head", record.hash())
                            .bind("id", sessionId)
                            .execute();
                }));
        records = record.seq();
        headHash = record.hash();
        return record;
    }

    /** The session appended to. */
    public String session() {
        return session;
    }

    /** How many records the session holds. */
    public long records() {
        return records;
    }

    /** Closes the connection. */
    @Override
    public void close() {
        handle.close();
    }
}
