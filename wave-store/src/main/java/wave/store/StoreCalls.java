package wave.store;

/**
 * Runs one repository call and turns a database failure into a {@link StoreException} that names the store and the
 * first {@link java.sql.SQLException}'s message (Jdbi adds the whole statement to its own). Exceptions that the
 * repositories define for their callers pass through unchanged.
 */
public final class StoreCalls {
    private StoreCalls() {
    }

    /** The work of one call: usually one Jdbi transaction. */
    public interface Work<T> {
        /** Does the work. */
        T run() throws Exception;
    }

    /**
     * Runs {@code work}; on failure throws a {@link StoreException} saying {@code cannot <what> the store <url>: ...}.
     *
     * @param what         what was attempted, e.g. {@code "record a run in"}
     * @param passThrough  exception types rethrown as they are (a repository's own errors)
     */
    @SafeVarargs
    public static <T> T call(Store store, String what, Work<T> work, Class<? extends RuntimeException>... passThrough) {
        try {
            return work.run();
        } catch (StoreException e) {
            throw e;
        } catch (Exception e) {
            for (Class<? extends RuntimeException> type : passThrough) {
                if (type.isInstance(e)) {
                    throw type.cast(e);
                }
            }
            throw new StoreException("cannot " + what + " the store " + store.url() + ": " + reason(e), e);
        }
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                return sql.getMessage();
            }
        }
        return String.valueOf(e.getMessage());
    }
}
