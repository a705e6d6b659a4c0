package wave.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.store.testing.PostgresTestServer;

/** Stores that cannot be opened fail with one line naming the file or URL and what was expected. */
class StoreErrorsTest {
    private static final WaveHome HOME = new WaveHome(Path.of("/nowhere"));

    @Test
    void anUnreachablePostgresqlServer() {
        StoreUrl url = StoreUrl.parse("postgresql://wave:secret@127.0.0.1:1/wave", HOME);

        assertThatThrownBy(() -> Store.open(url))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot connect to the PostgreSQL store postgresql://wave@127.0.0.1:1/wave (")
                .hasMessageEndingWith("); expected a PostgreSQL server accepting connections there")
                .hasMessageNotContaining("secret");
    }

    @Test
    void anUnknownPostgresqlHost() {
        StoreUrl url = StoreUrl.parse("postgresql://no-such-host.invalid/wave", HOME);

        assertThatThrownBy(() -> Store.open(url))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot connect to the PostgreSQL store postgresql://no-such-host.invalid:5432/wave (")
                .hasMessageContaining("no-such-host.invalid");
    }

    @Test
    void aMissingPostgresqlDatabase() {
        try (PostgresTestServer server = PostgresTestServer.require()) {
            StoreUrl existing = server.createDatabase("errors");
            StoreUrl missing = StoreUrl.parse(existing.toString().replaceFirst("/[^/]*$", "/wave_test_no_such_database"), HOME);

            assertThatThrownBy(() -> Store.open(missing))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("the PostgreSQL store " + missing + " does not exist (")
                    .hasMessageEndingWith("); expected an existing database: create it first (createdb)");
        }
    }

    @Test
    void aSqliteFileInADirectoryThatCannotBeCreated(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        StoreUrl url = StoreUrl.sqlite(file.resolve("sub/wave.db"));

        assertThatThrownBy(() -> Store.open(url))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot create the directory " + file.resolve("sub") + " of the SQLite store "
                        + file.resolve("sub/wave.db") + " (")
                .hasMessageEndingWith("); expected a writable directory (choose another with --home, WAVE_HOME or --store-url)");
    }

    @Test
    void aFileThatIsNotASqliteDatabase(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("wave.db"), "this is not a database, but long enough to have a header ".repeat(4));

        assertThatThrownBy(() -> Store.open(StoreUrl.sqlite(file)))
                .isInstanceOf(StoreException.class)
                .hasMessage("the SQLite store " + file + " is not a SQLite database; expected a Wave store file"
                        + " (or a path where one can be created)");
    }

    @Test
    void aSchemaVersionThatDoesNotExist(@TempDir Path dir) {
        assertThatThrownBy(() -> Store.openAtVersion(StoreUrl.sqlite(dir.resolve("x.db")), Migrations.LATEST_VERSION + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("schema version " + (Migrations.LATEST_VERSION + 1) + " does not exist; expected 1 to "
                        + Migrations.LATEST_VERSION);
        assertThat(dir.resolve("x.db")).doesNotExist();
    }
}
