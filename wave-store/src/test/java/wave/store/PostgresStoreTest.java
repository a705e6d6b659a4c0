package wave.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import wave.store.testing.PostgresTestServer;

/** The store suite on PostgreSQL: databases of its own on the machine's server, dropped afterwards. */
class PostgresStoreTest extends StoreContract {
    private static PostgresTestServer server;
    private static Store shared;

    @BeforeAll
    static void open() {
        server = PostgresTestServer.require();
        shared = Store.open(server.createDatabase("store"));
    }

    @AfterAll
    static void drop() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected StoreUrl freshDatabase() {
        return server.createDatabase("store");
    }

    @Override
    protected Store sharedStore() {
        return shared;
    }
}
