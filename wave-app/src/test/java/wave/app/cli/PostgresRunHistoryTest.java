package wave.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The run history on PostgreSQL: a database of its own on the machine's server, dropped afterwards. */
class PostgresRunHistoryTest extends RunHistoryContract {
    @TempDir
    static Path home;

    @RegisterExtension
    static final PostgresStore DATABASE = new PostgresStore("runs");

    @Override
    protected List<String> storeArguments() {
        return List.of("--home", home.toString(), "--store-url", DATABASE.url().toString());
    }

    @Override
    protected String storeDisplay() {
        return DATABASE.url().toString();
    }
}
