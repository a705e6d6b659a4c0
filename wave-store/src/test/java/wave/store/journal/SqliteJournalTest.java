package wave.store.journal;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import wave.store.Store;
import wave.store.StoreUrl;

/** The journal suite on a SQLite file. */
class SqliteJournalTest extends JournalContract {
    @TempDir
    static Path dir;

    private static Store shared;

    @BeforeAll
    static void open() {
        shared = Store.open(StoreUrl.sqlite(dir.resolve("journal.db")));
    }

    @Override
    protected Store sharedStore() {
        return shared;
    }
}
