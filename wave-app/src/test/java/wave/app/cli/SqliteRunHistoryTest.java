package wave.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** The run history on the default store: SQLite in a temporary home. */
class SqliteRunHistoryTest extends RunHistoryContract {
    @TempDir
    static Path home;

    @Override
    protected List<String> storeArguments() {
        return List.of("--home", home.toString());
    }

    @Override
    protected String storeDisplay() {
        return "sqlite:" + home.toAbsolutePath().normalize().resolve("wave.db");
    }
}
