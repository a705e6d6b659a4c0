package wave.store.journal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import wave.store.Store;
import wave.store.testing.PostgresTestServer;

/** The journal suite on PostgreSQL: a database of its own on the machine's server, dropped afterwards. */
class PostgresJournalTest extends JournalContract {
    private static PostgresTestServer server;
    private static Store shared;

    @BeforeAll
    static void open() {
        server = PostgresTestServer.require();
        shared = Store.open(server.createDatabase("journal"));
    }

    @AfterAll
    static void drop() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected Store sharedStore() {
        return shared;
    }
}
