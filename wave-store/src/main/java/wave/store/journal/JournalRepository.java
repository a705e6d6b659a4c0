package wave.store.journal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import wave.store.Store;
import wave.store.StoreCalls;

/**
 * The journals of a {@link Store}: one append-only, hash-chained sequence of records per session. Appending goes
 * through a {@link JournalAppender}, which keeps one connection open for the session; reading and verifying are one
 * transaction each. A database failure is a {@link wave.store.StoreException} naming the store.
 */
public final class JournalRepository {
    private final Store store;

    /** The journals of {@code store} (see {@link Store#journal()}). */
    public JournalRepository(Store store) {
        this.store = store;
    }

    /**
     * Opens {@code session} for appending, creating it when it does not exist; the next record continues its chain.
     *
     * @param session a non-blank name, e.g. the run directory's name
     */
    public JournalAppender appender(String session) {
        requireName(session);
        return StoreCalls.call(store, "open the journal of session " + session + " in", () -> {
            Handle handle = store.jdbi().open();
            try {
                long id = handle.inTransaction(h -> find(h, session).isPresent() ? sessionId(h, session) : create(h, session));
                JournalSession found = handle.inTransaction(h -> find(h, session).orElseThrow());
                return new JournalAppender(store, handle, session, id, found.records(), found.headHash());
            } catch (RuntimeException e) {
                handle.close();
                throw e;
            }
        });
    }

    /** Every session, by name. */
    public List<JournalSession> sessions() {
        return StoreCalls.call(store, "list the journal sessions of", () -> store.jdbi().withHandle(h -> h.createQuery(
                        "SELECT name, created_at_ms, records, head_hash FROM journal_session ORDER BY name")
                .map((rs, ctx) -> new JournalSession(rs.getString("name"), Instant.ofEpochMilli(rs.getLong("created_at_ms")),
                        rs.getLong("records"), rs.getString("head_hash")))
                .list()));
    }

    /** The session named {@code session}, if the store has it. */
    public Optional<JournalSession> session(String session) {
        return StoreCalls.call(store, "read the journal session " + session + " of", () -> store.jdbi().withHandle(h -> find(h, session)));
    }

    /** The records of {@code session} in stored order (empty when there is no such session). */
    public List<JournalRecord> read(String session) {
        return StoreCalls.call(store, "read the journal of session " + session + " from",
                () -> store.jdbi().inTransaction(h -> records(h, session)));
    }

    /**
     * Checks the hash chain of {@code session}: every record rehashed, the links followed, the count and last hash
     * compared with what the session recorded.
     *
     * @throws IllegalArgumentException when the store has no such session
     */
    public AuditReport verify(String session) {
        return StoreCalls.call(store, "verify the journal of session " + session + " in", () -> store.jdbi().inTransaction(h -> {
            JournalSession found = find(h, session).orElseThrow(() -> new IllegalArgumentException(
                    "no journal session " + session + " in the store " + store.url() + "; sessions: "
                            + h.createQuery("SELECT name FROM journal_session ORDER BY name").mapTo(String.class).list()));
            return AuditVerifier.verify(session, found.records(), found.headHash(), records(h, session));
        }), IllegalArgumentException.class);
    }

    private static List<JournalRecord> records(Handle h, String session) {
        return h.createQuery("""
                        SELECT r.seq, r.ts_nanos, r.kind, r.payload, r.prev_hash, r.hash
                        FROM journal_record r JOIN journal_session s ON s.id = r.session_id
                        WHERE s.name = :name ORDER BY r.seq""")
                .bind("name", session)
                .map((rs, ctx) -> new JournalRecord(rs.getLong("seq"), rs.getLong("ts_nanos"), rs.getString("kind"),
                        rs.getString("payload"), rs.getString("prev_hash"), rs.getString("hash")))
                .list();
    }

    private static Optional<JournalSession> find(Handle h, String session) {
        return h.createQuery("SELECT name, created_at_ms, records, head_hash FROM journal_session WHERE name = :name")
                .bind("name", session)
                .map((rs, ctx) -> new JournalSession(rs.getString("name"), Instant.ofEpochMilli(rs.getLong("created_at_ms")),
                        rs.getLong("records"), rs.getString("head_hash")))
                .findOne();
    }

    private static long sessionId(Handle h, String session) {
        return h.createQuery("SELECT id FROM journal_session WHERE name = :name").bind("name", session).mapTo(Long.class).one();
    }

    private static long create(Handle h, String session) {
        h.createUpdate("INSERT INTO journal_session (name, created_at_ms, records, head_hash) VALUES (:name, :at, 0, :head)")
                .bind("name", session)
                .bind("at", Instant.now().toEpochMilli())
                .bind("head", AuditChain.genesis(session))
                .execute();
        return sessionId(h, session);
    }

    private static void requireName(String session) {
        if (session == null || session.isBlank()) {
            throw new IllegalArgumentException("a journal session needs a non-blank name");
        }
    }
}
