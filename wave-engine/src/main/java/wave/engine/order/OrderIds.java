package wave.engine.order;

import wave.domain.order.ClientOrderId;

/**
 * Hands out client order ids of one session: {@code <session>-1}, {@code <session>-2}, ... A backtest uses the
 * session tag {@code O}; a paper or live session uses a tag of its own and, on restart, {@link #restore restores}
 * the sequence from its journal so that no id is used twice.
 */
public final class OrderIds {
    private final String session;
    private long lastSequence;

    /**
     * Ids of a session.
     *
     * @param session      session tag (letters, digits, {@code _})
     * @param lastSequence the last sequence already used (0 for a new session)
     */
    public OrderIds(String session, long lastSequence) {
        if (!ClientOrderId.isSessionTag(session)) {
            throw new IllegalArgumentException("order id session tag must be letters, digits or _, got '" + session + "'");
        }
        if (lastSequence < 0) {
            throw new IllegalArgumentException("last sequence must be >= 0, got " + lastSequence);
        }
        this.session = session;
        this.lastSequence = lastSequence;
    }

    /** Ids of a backtest: {@code O-1}, {@code O-2}, ... */
    public static OrderIds backtest() {
        return new OrderIds(ClientOrderId.BACKTEST_SESSION, 0);
    }

    /** The next id. */
    public ClientOrderId next() {
        return new ClientOrderId(session, ++lastSequence);
    }

    /** The session tag. */
    public String session() {
        return session;
    }

    /** The last sequence handed out (0 before the first). */
    public long lastSequence() {
        return lastSequence;
    }

    /**
     * Continues after {@code id} when it belongs to this session and is later than every id handed out so far (replay
     * of a journal on restart); ids of other sessions are ignored.
     */
    public void restore(ClientOrderId id) {
        if (id.session().equals(session) && id.sequence() > lastSequence) {
            lastSequence = id.sequence();
        }
    }
}
