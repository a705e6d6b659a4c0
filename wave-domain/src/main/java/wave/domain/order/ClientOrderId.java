package wave.domain.order;

import java.util.Objects;

/**
 * Identifies an order: a session tag and a sequence number assigned by the kernel in submission order, written
 * {@code <session>-<sequence>}. A backtest uses the session tag {@code O} ({@code O-1}, {@code O-2}, ... the same in
 * every run, so runs stay byte-identical); paper and live sessions use a tag unique to the session (e.g.
 * {@code W20261204T163000}) and restore the sequence on restart, so ids never repeat across runs or restarts, as
 * brokers require of client order ids.
 *
 * @param session  session tag: letters, digits and {@code _} only (no {@code -})
 * @param sequence positive sequence number within the session
 */
public record ClientOrderId(String session, long sequence) implements Comparable<ClientOrderId> {
    /** The session tag of backtests. */
    public static final String BACKTEST_SESSION = "O";

    /** Requires a well-formed session tag and a positive sequence. */
    public ClientOrderId {
        Objects.requireNonNull(session, "session");
        if (!isSessionTag(session)) {
            throw new IllegalArgumentException("order id session tag must be letters, digits or _, got '" + session + "'");
        }
        if (sequence <= 0) {
            throw new IllegalArgumentException("order sequence must be > 0, got " + sequence);
        }
    }

    /** An id of the backtest session: {@code O-<sequence>}. */
    public ClientOrderId(long sequence) {
        this(BACKTEST_SESSION, sequence);
    }

    /** True for a non-empty tag of letters, digits and {@code _}. */
    public static boolean isSessionTag(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128) && c != '_') {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses the text form {@code <session>-<sequence>}, e.g. {@code O-123}.
     *
     * @throws IllegalArgumentException if the text has another form
     */
    public static ClientOrderId parse(String text) {
        int dash = text.lastIndexOf('-');
        try {
            if (dash > 0) {
                return new ClientOrderId(text.substring(0, dash), Long.parseLong(text.substring(dash + 1)));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("client order id must look like O-123 (session tag, dash, sequence), got '"
                + text + "'");
    }

    /** Orders by session tag, then sequence. */
    @Override
    public int compareTo(ClientOrderId other) {
        int bySession = session.compareTo(other.session);
        return bySession != 0 ? bySession : Long.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return session + "-" + sequence;
    }
}
