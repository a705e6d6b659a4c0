package wave.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import wave.store.StoreUrl;
import wave.store.testing.PostgresTestServer;

/** The run history on PostgreSQL: a database of its own on the machine's server, dropped afterwards. */
class PostgresRunHistoryTest extends RunHistoryContract {
    @TempDir
    static Path home;

    private static PostgresTestServer server;
    private static StoreUrl url;

    @BeforeAll
    static void database() {
        server = PostgresTestServer.require();
        url = server.createDatabase("runs");
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
    protected String storeDisplay() {
        return url.toString();
    }
}
