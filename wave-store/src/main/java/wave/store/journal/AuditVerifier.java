package wave.store.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a session's stored records against their hash chain and names each record that was edited, removed or
 * moved. Every record's content is rehashed; the original order is rebuilt by following the chain's links from the
 * genesis hash (each record names the hash of the one it was appended after), and a record whose place in that
 * order differs from its stored position was moved; a gap in the positions, or fewer records than the session
 * recorded, is a removal; a link to a hash that no record has means the record before it had its hash rewritten.
 */
final class AuditVerifier {
    private AuditVerifier() {
    }

    /**
     * Verifies {@code rows} (ordered by position) of {@code session}, which recorded {@code recordedCount} records
     * ending with {@code recordedHead}.
     */
    static AuditReport verify(String session, long recordedCount, String recordedHead, List<JournalRecord> rows) {
        String genesis = AuditChain.genesis(session);
        Map<Long, Long> originalPosition = originalPositions(genesis, rows);
        Map<String, Long> positionOfHash = new HashMap<>();
        for (JournalRecord r : rows) {
            positionOfHash.putIfAbsent(r.hash(), r.seq());
        }
        List<AuditFinding> findings = new ArrayList<>();
        JournalRecord previous = null;
        long expectedSeq = 1;
        for (JournalRecord r : rows) {
            boolean gap = r.seq() != expectedSeq;
            if (gap) {
                String which = r.seq() - expectedSeq == 1 ? "record " + expectedSeq
                        : "records " + expectedSeq + " to " + (r.seq() - 1);
                findings.add(new AuditFinding(session, expectedSeq, AuditFinding.Problem.REMOVED, "session " + session + ": "
                        + which + " removed (record " + r.seq() + " follows " + (previous == null ? "the start" : "record " + previous.seq()) + ")"));
            }
            Long original = originalPosition.get(r.seq());
            if (!AuditChain.matchesContent(r)) {
                findings.add(new AuditFinding(session, r.seq(), AuditFinding.Problem.EDITED, "session " + session + ": record "
                        + r.seq() + " (" + describe(r) + ") edited: its content does not match its hash " + r.hash()));
            } else if (original != null && original != r.seq()) {
                findings.add(new AuditFinding(session, r.seq(), AuditFinding.Problem.REORDERED, "session " + session + ": record "
                        + r.seq() + " (" + describe(r) + ") reordered: it was recorded as record " + original));
            } else if (!gap && previous != null && !r.prevHash().equals(previous.hash()) && !positionOfHash.containsKey(r.prevHash())
                    && AuditChain.matchesContent(previous)) {
                findings.add(new AuditFinding(session, previous.seq(), AuditFinding.Problem.EDITED, "session " + session + ": record "
                        + previous.seq() + " (" + describe(previous) + ") edited and its hash rewritten: record " + r.seq()
                        + " was appended after a record with hash " + r.prevHash()));
            }
            previous = r;
            expectedSeq = r.seq() + 1;
        }
        long last = previous == null ? 0 : previous.seq();
        if (recordedCount > last) {
            String which = recordedCount - last == 1 ? "record " + recordedCount : "records " + (last + 1) + " to " + recordedCount;
            findings.add(new AuditFinding(session, last + 1, AuditFinding.Problem.REMOVED, "session " + session + ": " + which
                    + " removed from the end (the session recorded " + recordedCount + ", " + last + " remain)"));
        } else if (previous != null && !previous.hash().equals(recordedHead) && AuditChain.matchesContent(previous)) {
            findings.add(new AuditFinding(session, last, AuditFinding.Problem.EDITED, "session " + session + ": record " + last
                    + " (" + describe(previous) + ") edited and its hash rewritten: the session's last hash is " + recordedHead));
        }
        return new AuditReport(session, rows.size(), previous == null ? genesis : previous.hash(), findings);
    }

    /**
     * The position each record was appended at, found by following the links from the genesis hash; where a removal or
     * a rewritten hash breaks the chain, the walk starts again from the next record not yet placed, at its stored
     * position.
     */
    private static Map<Long, Long> originalPositions(String genesis, List<JournalRecord> rows) {
        Map<String, JournalRecord> appendedAfter = new HashMap<>();
        for (JournalRecord r : rows) {
            appendedAfter.putIfAbsent(r.prevHash(), r);
        }
        Map<Long, Long> positions = new HashMap<>();
        walk(appendedAfter.get(genesis), 1, appendedAfter, positions);
        for (JournalRecord r : rows) {
            if (!positions.containsKey(r.seq())) {
                walk(r, r.seq(), appendedAfter, positions);
            }
        }
        return positions;
    }

    private static void walk(JournalRecord first, long position, Map<String, JournalRecord> appendedAfter, Map<Long, Long> positions) {
        long at = position;
        for (JournalRecord r = first; r != null && !positions.containsKey(r.seq()); r = appendedAfter.get(r.hash())) {
            positions.put(r.seq(), at++);
        }
    }

    private static String describe(JournalRecord r) {
        String kind = r.kind().substring(r.kind().lastIndexOf('.') + 1).replace('$', '.');
        return kind + " at " + Instant.ofEpochSecond(Math.floorDiv(r.tsNanos(), 1_000_000_000L), Math.floorMod(r.tsNanos(), 1_000_000_000L));
    }
}
