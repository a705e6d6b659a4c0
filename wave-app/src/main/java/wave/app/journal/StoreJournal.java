package wave.app.journal;

import java.util.ArrayList;
import java.util.List;
import wave.engine.journal.InMemoryJournal;
import wave.engine.journal.Journal;
import wave.store.journal.JournalAppender;
import wave.store.journal.JournalRecord;

/**
 * The kernel's {@link Journal} port on Wave's store: each entry is encoded canonically ({@link JournalCodec}) and
 * committed to the session's hash-chained journal before {@link #append} returns, so before the kernel acts on it.
 * A store failure is thrown to the kernel thread: nothing is acted on unrecorded.
 */
public final class StoreJournal implements Journal, AutoCloseable {
    private final JournalAppender appender;

    /** Journals into the session {@code appender} appends to. */
    public StoreJournal(JournalAppender appender) {
        this.appender = appender;
    }

    @Override
    public void append(long tsNanos, Record entry) {
        appender.append(tsNanos, JournalCodec.kind(entry), JournalCodec.encode(entry));
    }

    /** How many records the session holds. */
    public long records() {
        return appender.records();
    }

    /**
     * The stored records as the kernel's entries, for {@code Kernel.replay}.
     *
     * @throws IllegalArgumentException naming the record when one cannot be decoded
     */
    public static List<InMemoryJournal.Entry> entries(List<JournalRecord> records) {
        List<InMemoryJournal.Entry> entries = new ArrayList<>(records.size());
        for (JournalRecord r : records) {
            try {
                entries.add(new InMemoryJournal.Entry(r.tsNanos(), JournalCodec.decode(r.kind(), r.payload())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("journal record " + r.seq() + ": " + e.getMessage(), e);
            }
        }
        return entries;
    }

    /** Closes the session's connection. */
    @Override
    public void close() {
        appender.close();
    }
}
