package wave.store.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wave.store.Store;

/**
 * The journal and its audit chain on each database ({@link SqliteJournalTest}, {@link PostgresJournalTest}): appends
 * survive reopening and continue the chain, and every way of tampering with the stored rows (SQL run straight on the
 * database) is found and names the record.
 */
abstract class JournalContract {
    static final long T0 = 1_767_225_600_000_000_000L; // 2026-01-01T00:00Z
    static final String KIND = "wave.domain.order.OrderAccepted";

    /** The class's shared store, opened at the latest schema version. */
    protected abstract Store sharedStore();

    private Store store;
    private JournalRepository journal;

    @BeforeEach
    void empty() {
        store = sharedStore();
        journal = store.journal();
        store.jdbi().useHandle(h -> h.execute("DELETE FROM journal_session"));
    }

    private void appendFive(String session) {
        try (JournalAppender appender = journal.appender(session)) {
            for (int i = 1; i <= 5; i++) {
                appender.append(T0 + i, KIND, "{\"orderId\":\"P-" + i + "\"}");
            }
        }
    }

    private void sql(String statement) {
        store.jdbi().useHandle(h -> h.execute(statement));
    }

    @Test
    void recordsAreChainedInOrderAndTheChainContinuesAfterReopening() {
        appendFive("s1");
        try (JournalAppender again = journal.appender("s1")) {
            assertThat(again.records()).isEqualTo(5);
            JournalRecord sixth = again.append(T0 + 6, KIND, "{\"orderId\":\"P-6\"}");
            assertThat(sixth.seq()).isEqualTo(6);
        }
        List<JournalRecord> records = journal.read("s1");
        assertThat(records).extracting(JournalRecord::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(records).extracting(JournalRecord::payload).element(2).isEqualTo("{\"orderId\":\"P-3\"}");
        assertThat(records.getFirst().prevHash()).isEqualTo(AuditChain.genesis("s1"));
        for (int i = 1; i < records.size(); i++) {
            assertThat(records.get(i).prevHash()).isEqualTo(records.get(i - 1).hash());
            assertThat(AuditChain.matchesContent(records.get(i))).isTrue();
        }
        AuditReport report = journal.verify("s1");
        assertThat(report.intact()).isTrue();
        assertThat(report.records()).isEqualTo(6);
        assertThat(report.headHash()).isEqualTo(records.getLast().hash());
        assertThat(journal.session("s1").orElseThrow().records()).isEqualTo(6);
        assertThat(journal.read("other")).isEmpty();
    }

    @Test
    void sessionsKeepChainsOfTheirOwn() {
        appendFive("a");
        appendFive("b");
        assertThat(journal.sessions()).extracting(JournalSession::name).containsExactly("a", "b");
        assertThat(journal.read("a").getFirst().hash()).isNotEqualTo(journal.read("b").getFirst().hash());
        assertThat(journal.verify("a").intact()).isTrue();
        assertThat(journal.verify("b").intact()).isTrue();
        assertThatThrownBy(() -> journal.verify("c")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no journal session c in the store ").hasMessageEndingWith("; sessions: [a, b]");
    }

    @Test
    void anEditedPayloadIsNamed() {
        appendFive("s1");
        sql("UPDATE journal_record SET payload = '{\"orderId\":\"P-9\"}' WHERE seq = 3");
        AuditReport report = journal.verify("s1");
        assertThat(report.findings()).extracting(AuditFinding::seq, AuditFinding::problem)
                .containsExactly(tuple(3L, AuditFinding.Problem.EDITED));
        assertThat(report.findings().getFirst().message()).isEqualTo("session s1: record 3 (OrderAccepted at "
                + "2026-01-01T00:00:00.000000003Z) edited: its content does not match its hash " + journal.read("s1").get(2).hash());
    }

    @Test
    void anEditedTimeIsNamed() {
        appendFive("s1");
        sql("UPDATE journal_record SET ts_nanos = ts_nanos + 1 WHERE seq = 4");
        assertThat(journal.verify("s1").findings()).extracting(AuditFinding::seq, AuditFinding::problem)
                .containsExactly(tuple(4L, AuditFinding.Problem.EDITED));
    }

    @Test
    void anEditWhoseHashWasRewrittenIsNamedByTheBrokenLink() {
        appendFive("s1");
        JournalRecord third = journal.read("s1").get(2);
        String forged = AuditChain.hash(third.prevHash(), third.tsNanos(), KIND, "{\"orderId\":\"P-9\"}");
        sql("UPDATE journal_record SET payload = '{\"orderId\":\"P-9\"}', hash = '" + forged + "' WHERE seq = 3");
        AuditReport report = journal.verify("s1");
        assertThat(report.findings()).extracting(AuditFinding::seq, AuditFinding::problem)
                .containsExactly(tuple(3L, AuditFinding.Problem.EDITED));
        assertThat(report.findings().getFirst().message()).contains("record 3 (OrderAccepted at ")
                .contains("edited and its hash rewritten: record 4 was appended after a record with hash " + third.hash());
    }

    @Test
    void aRemovedRecordIsNamed() {
        appendFive("s1");
        sql("DELETE FROM journal_record WHERE seq = 2");
        AuditReport report = journal.verify("s1");
        assertThat(report.findings()).extracting(AuditFinding::seq, AuditFinding::problem)
                .containsExactly(tuple(2L, AuditFinding.Problem.REMOVED));
        assertThat(report.findings().getFirst().message()).isEqualTo("session s1: record 2 removed (record 3 follows record 1)");
    }

    @Test
    void recordsRemovedFromTheEndAreNamed() {
        appendFive("s1");
        sql("DELETE FROM journal_record WHERE seq >= 4");
        assertThat(journal.verify("s1").findings()).extracting(AuditFinding::message)
                .containsExactly("session s1: records 4 to 5 removed from the end (the session recorded 5, 3 remain)");
    }

    @Test
    void swappedRecordsAreNamedAsReorderedAndNothingElse() {
        appendFive("s1");
        sql("UPDATE journal_record SET seq = 100 WHERE seq = 2");
        sql("UPDATE journal_record SET seq = 2 WHERE seq = 3");
        sql("UPDATE journal_record SET seq = 3 WHERE seq = 100");
        AuditReport report = journal.verify("s1");
        assertThat(report.findings()).extracting(AuditFinding::seq, AuditFinding::problem).containsExactly(
                tuple(2L, AuditFinding.Problem.REORDERED),
                tuple(3L, AuditFinding.Problem.REORDERED));
        assertThat(report.findings()).extracting(AuditFinding::message).containsExactly(
                "session s1: record 2 (OrderAccepted at 2026-01-01T00:00:00.000000003Z) reordered: it was recorded as record 3",
                "session s1: record 3 (OrderAccepted at 2026-01-01T00:00:00.000000002Z) reordered: it was recorded as record 2");
    }
}
