package wave.store.journal;

/**
 * One break of a session's audit chain, naming the record concerned.
 *
 * @param session the session's name
 * @param seq     the record named (its position as stored, 1, 2, ...)
 * @param problem what happened to it
 * @param message one line saying which record and what was found
 */
public record AuditFinding(String session, long seq, Problem problem, String message) {
    /** What was done to a record. */
    public enum Problem {
        /** Its content no longer hashes to the hash it was recorded with (or its hash was rewritten). */
        EDITED,
        /** It is missing: a gap in the sequence, or fewer records than the session recorded. */
        REMOVED,
        /** It is intact but stands at another place than where it was recorded. */
        REORDERED
    }

    @Override
    public String toString() {
        return message;
    }
}
