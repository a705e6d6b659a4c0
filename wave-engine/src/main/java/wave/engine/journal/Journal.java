package wave.engine.journal;

/**
 * The kernel's write-ahead point: it sees each command, signal, order event, order state change and account event
 * before the kernel applies or sends it, so that a crash after this call loses nothing and replaying the entries into
 * a fresh kernel rebuilds the same orders and account. This release has the in-memory implementation; the embedded and
 * server stores implement the same port. Called on the kernel thread.
 */
public interface Journal {
    /** Records nothing (backtests that keep no journal; lets the kernel skip building per-bar entries). */
    Journal NONE = new Journal() {
        @Override
        public void append(long tsNanos, Record entry) {
        }

        @Override
        public boolean isRecording() {
            return false;
        }
    };

    /**
     * Records one entry before it takes effect.
     *
     * @param tsNanos kernel time, nanoseconds since the epoch (UTC)
     * @param entry   an immutable record: an order event, an order state change, an account event, a signal, a command,
     *                a margin call or a strategy halt
     */
    void append(long tsNanos, Record entry);

    /** False when entries are thrown away, so that callers can skip building them. */
    default boolean isRecording() {
        return true;
    }
}
