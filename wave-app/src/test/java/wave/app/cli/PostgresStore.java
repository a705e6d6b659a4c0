package wave.app.cli;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import wave.store.StoreUrl;
import wave.store.testing.PostgresTestServer;

/**
 * A database of a test class's own on the machine's PostgreSQL server, created before its tests and dropped after
 * them ({@code @RegisterExtension static final PostgresStore DB = new PostgresStore("runs")}).
 */
final class PostgresStore implements BeforeAllCallback, AfterAllCallback {
    private final String prefix;
    private PostgresTestServer server;
    private StoreUrl url;

    PostgresStore(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = PostgresTestServer.require();
        url = server.createDatabase(prefix);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
    }

    /** The database's store URL. */
    StoreUrl url() {
        return url;
    }
}
