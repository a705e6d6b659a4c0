package wave.store;

import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import wave.store.bars.BarRepository;
import wave.store.journal.JournalRepository;
import wave.store.runs.RunRepository;

/**
 * One Wave store: an embedded SQLite file or a PostgreSQL database with the same schema, migrated to
 * {@link Migrations#LATEST_VERSION} when opened. Data access goes through {@link #jdbi()}; each feature has its
 * repository over it ({@link #runs()} for the run history, {@link #bars()} for market data, {@link #journal()} for
 * session journals). A store holds no open
 * connection between calls (each Jdbi handle opens and closes one), so it is cheap to keep and safe to share between
 * threads.
 */
public final class Store implements AutoCloseable {
    private final StoreUrl url;
    private final DataSource dataSource;
    private final Jdbi jdbi;
    private final int schemaVersion;

    private Store(StoreUrl url, DataSource dataSource, int schemaVersion) {
        this.url = url;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens the store at {@code url}, creating it (SQLite) and migrating its schema to the latest version.
     *
     * @throws StoreException naming the file or URL and what was expected, when it cannot be reached, opened or migrated
     */
    public static Store open(StoreUrl url) {
        return openAtVersion(url, Migrations.LATEST_VERSION);
    }

    /**
     * Opens the store migrated only up to {@code version} (an older schema: for migration tests and tools). The
     * repositories of this class expect {@link Migrations#LATEST_VERSION}.
     *
     * @throws StoreException when it cannot be reached, opened or migrated
     */
    public static Store openAtVersion(StoreUrl url, int version) {
        if (version < 1 || version > Migrations.LATEST_VERSION) {
            throw new IllegalArgumentException("schema version " + version + " does not exist; expected 1 to " + Migrations.LATEST_VERSION);
        }
        DataSource source = DataSources.create(url);
        DataSources.check(source, url);
        int reached = Migrations.migrate(source, url, version);
        Store store = new Store(url, source, reached);
        if (reached >= StoreScales.SINCE_VERSION) {
            StoreScales.check(store);
        }
        return store;
    }

    /** Where this store lives (its {@code toString()} hides any password). */
    public StoreUrl url() {
        return url;
    }

    /** The schema version after opening (the highest migration applied). */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** The data-access entry point: handles, transactions, queries over this store's database. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** The JDBC data source (for bulk work that bypasses Jdbi's per-row binding). */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The run history. */
    public RunRepository runs() {
        return new RunRepository(this);
    }

    /** The market-data store: bar series by symbol, with the provenance of their imports. */
    public BarRepository bars() {
        return new BarRepository(this);
    }

    /** The journals of paper and live sessions, with their audit chains. */
    public JournalRepository journal() {
        return new JournalRepository(this);
    }

    /** Nothing to release: no connection is held between calls. */
    @Override
    public void close() {
        // connections are opened and closed per handle
    }

    @Override
    public String toString() {
        return url.toString();
    }
}
