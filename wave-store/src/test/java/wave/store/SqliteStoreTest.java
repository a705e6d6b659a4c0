package wave.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The store suite on SQLite files in a temporary directory. */
class SqliteStoreTest extends StoreContract {
    @TempDir
    static Path dir;

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static Store shared;

    @BeforeAll
    static void open() {
        shared = Store.open(StoreUrl.sqlite(dir.resolve("shared.db")));
    }

    @Override
    protected StoreUrl freshDatabase() {
        return StoreUrl.sqlite(dir.resolve("fresh-" + COUNT.incrementAndGet() + ".db"));
    }

    @Override
    protected Store sharedStore() {
        return shared;
    }
}
