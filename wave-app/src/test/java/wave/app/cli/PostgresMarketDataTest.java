package wave.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import wave.store.StoreUrl;

/** The market-data store on PostgreSQL: a database of its own on the machine's server, dropped afterwards. */
class PostgresMarketDataTest extends MarketDataContract {
    @TempDir
    static Path home;

    @RegisterExtension
    static final PostgresStore DATABASE = new PostgresStore("bars");

    @Override
    protected List<String> storeArguments() {
        return List.of("--home", home.toString(), "--store-url", DATABASE.url().toString());
    }

    @Override
    protected StoreUrl storeUrl() {
        return DATABASE.url();
    }
}
