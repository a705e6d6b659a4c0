package wave.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import wave.store.StoreUrl;
import wave.store.testing.PostgresTestServer;

/** The market-data store on PostgreSQL: a database of its own on the machine's server, dropped afterwards. */
class PostgresMarketDataTest extends MarketDataContract {
    @TempDir
    static Path home;

    private static PostgresTestServer server;
    private static StoreUrl url;

    @BeforeAll
    static void database() {
        server = PostgresTestServer.require();
        url = server.createDatabase("bars");
    }

    @AfterAll
    static void drop() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected List<String> storeArguments() {
        return List.of("--home", home.toString(), "--store-url", url.toString());
    }

    @Override
    protected StoreUrl storeUrl() {
        return url;
    }
}
