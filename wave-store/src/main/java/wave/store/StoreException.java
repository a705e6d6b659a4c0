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

    /** A file error in a few words: {@code permission denied: /x}, {@code /x/y: Not a directory}, ... */
    static String describe(java.io.IOException e) {
        return switch (e) {
            case java.nio.file.AccessDeniedException a -> "permission denied: " + a.getFile();
            case java.nio.file.FileSystemException f -> f.getMessage();
            default -> e.toString();
        };
    }
}
