package wave.store;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Creates the JDBC data source of a store URL and turns connection failures into readable {@link StoreException}s. */
final class DataSources {
    /** How long SQLite waits for another process's write lock before giving up (milliseconds). */
    static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;
    /** How long the PostgreSQL driver waits for the server to accept a connection (seconds). */
    static final int POSTGRESQL_CONNECT_TIMEOUT_S = 5;

    private DataSources() {
    }

    static DataSource create(StoreUrl url) {
        return switch (url.kind()) {
            case SQLITE -> sqlite(url);
            case POSTGRESQL -> postgresql(url);
        };
    }

    private static DataSource sqlite(StoreUrl url) {
        Path parent = url.file().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("cannot create the directory " + parent + " of the SQLite store " + url.file() + " ("
                    + StoreException.describe(e) + "); expected a writable directory (choose another with --home, WAVE_HOME or --store-url)", e);
        }
        if (!Files.isWritable(parent)) {
            throw new StoreException("the directory " + parent + " of the SQLite store " + url.file()
                    + " is not writable; expected a directory Wave can create files in");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url.jdbcUrl());
        return source;
    }

    private static DataSource postgresql(StoreUrl url) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url.jdbcUrl());
        if (url.user() != null) {
            source.setUser(url.user());
        }
        if (url.password() != null) {
            source.setPassword(url.password());
        }
        source.setConnectTimeout(POSTGRESQL_CONNECT_TIMEOUT_S);
        source.setLoginTimeout(POSTGRESQL_CONNECT_TIMEOUT_S * 2);
        source.setReWriteBatchedInserts(true);
        source.setApplicationName("wave");
        return source;
    }

    /** Opens and closes one connection, so that an unreachable or unusable database fails here, clearly. */
    static void check(DataSource source, StoreUrl url) {
        try (Connection connection = source.getConnection()) {
            connection.getMetaData();
        } catch (SQLException e) {
            throw connectionFailure(url, e);
        }
    }

    /** A one-line explanation of why a connection to {@code url} failed. */
    static StoreException connectionFailure(StoreUrl url, SQLException e) {
        return new StoreException(explain(url, e), e);
    }

    private static String explain(StoreUrl url, SQLException e) {
        if (url.kind() == StoreUrl.Kind.SQLITE) {
            String reason = e.getMessage();
            if (e instanceof SQLiteException s && s.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
                return "the SQLite store " + url.file() + " is not a SQLite database; expected a Wave store file"
                        + " (or a path where one can be created)";
            }
            return "cannot open the SQLite store " + url.file() + " (" + reason + "); expected a writable SQLite database file";
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Throwable root = rootCause(e);
        if (root instanceof ConnectException || root instanceof UnknownHostException || state.startsWith("08")) {
            String why = root instanceof UnknownHostException ? "unknown host " + root.getMessage()
                    : root.getMessage() == null ? e.getMessage() : root.getMessage();
            return "cannot connect to the PostgreSQL store " + url + " (" + why
                    + "); expected a PostgreSQL server accepting connections there";
        }
        if (state.equals("3D000")) {
            return "the PostgreSQL store " + url + " does not exist (" + e.getMessage()
                    + "); expected an existing database: create it first (createdb)";
        }
        if (state.startsWith("28")) {
            return "the PostgreSQL store " + url + " refused the login (" + e.getMessage()
                    + "); expected a user and password the server accepts";
        }
        return "cannot open the PostgreSQL store " + url + " (" + e.getMessage() + ")";
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
