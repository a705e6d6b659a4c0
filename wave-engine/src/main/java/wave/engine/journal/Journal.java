package wave.engine.journal;

/**
 * The kernel's write-ahead point: it sees each command, signal and order event before the kernel applies or sends it,
 * so that a crash after this call loses nothing. This release has the in-memory implementation; the embedded and
 * server stores implement the same port. Called on the kernel thread.
 */
public interface Journal {
    /** Records nothing (backtests that keep no journal). */
    Journal NONE = (tsNanos, entry) -> { };

    /**
     * Records one entry before it takes effect.
     *
     * @param tsNanos kernel time, nanoseconds since the epoch (UTC)
     * @param entry   an order event, a {@code Signal} or a {@code Command} (immutable records)
     */
    void append(long tsNanos, Record entry);
}
