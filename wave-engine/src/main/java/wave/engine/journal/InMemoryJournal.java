package wave.engine.journal;

import java.util.ArrayList;
import java.util.List;

/** A journal kept in memory, in append order (tests, short paper sessions). */
public final class InMemoryJournal implements Journal {
    /**
     * One journaled entry.
     *
     * @param tsNanos kernel time, nanoseconds since the epoch (UTC)
     * @param entry   the event, signal or command
     */
    public record Entry(long tsNanos, Record entry) {
    }

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public void append(long tsNanos, Record entry) {
        entries.add(new Entry(tsNanos, entry));
    }

    /** Every entry so far, oldest first (a copy). */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
