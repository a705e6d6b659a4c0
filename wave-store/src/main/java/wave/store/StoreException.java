package wave.store;

/**
 * A store could not be opened, migrated, read or written. The message names the database (file or URL, without
 * its password) and what was expected, in one line fit for the command line.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with a cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error without a cause. */
    public StoreException(String message) {
        super(message);
    }
}
