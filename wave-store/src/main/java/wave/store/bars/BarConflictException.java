package wave.store.bars;

/**
 * Bars given to {@link BarRepository#append} disagree with the stored series (another bar length or label, a bar
 * before its first one, or a stored bar with other values); nothing was written. The message names the symbol,
 * the bar and both values.
 */
public final class BarConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A conflict described in one line. */
    public BarConflictException(String message) {
        super(message);
    }
}
