package wave.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import wave.store.StoreUrl;

/** The market-data store on the default store: SQLite in a temporary home. */
class SqliteMarketDataTest extends MarketDataContract {
    @TempDir
    static Path home;

    @Override
    protected List<String> storeArguments() {
        return List.of("--home", home.toString());
    }

    @Override
    protected StoreUrl storeUrl() {
        return StoreUrl.sqlite(home.toAbsolutePath().normalize().resolve("wave.db"));
    }
}
