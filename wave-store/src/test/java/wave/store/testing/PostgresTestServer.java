package wave.store.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import wave.store.StoreUrl;
import wave.store.WaveHome;

/**
 * The machine's PostgreSQL server for tests: each test class creates its own uniquely named databases through the
 * maintenance database and drops them when it closes this; the server itself is never stopped or reconfigured.
 * The server is {@value #ENV} if set, else {@value #DEFAULT_URL}. When no server answers, the test fails with
 * {@code CI=true} and is skipped with a message otherwise.
 */
public final class PostgresTestServer implements AutoCloseable {
    /** The environment variable naming the maintenance database of the test server. */
    public static final String ENV = "WAVE_TEST_POSTGRES_URL";
    /** The maintenance database used when {@value #ENV} is not set. */
    public static final String DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

    private final StoreUrl maintenance;
    private final List<String> created = new ArrayList<>();

    private PostgresTestServer(StoreUrl maintenance) {
        this.maintenance = maintenance;
    }

    /** The server, or a skipped (in CI: failed) test when none answers. */
    public static PostgresTestServer require() {
        String text = System.getenv(ENV);
        StoreUrl url = StoreUrl.parse(text == null || text.isBlank() ? DEFAULT_URL : text, new WaveHome(Path.of(".")));
        PostgresTestServer server = new PostgresTestServer(url);
        try (Connection connection = server.connect()) {
            connection.getMetaData();
            return server;
        } catch (SQLException e) {
            String message = "no PostgreSQL server answers at " + url + " (" + e.getMessage() + "); set " + ENV
                    + " to the maintenance database of a server where tests may create databases";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (required when CI=true)");
            }
            Assumptions.abort(message + "; skipping the PostgreSQL tests");
            throw new AssertionError("unreachable");
        }
    }

    /** Creates an empty database named {@code wave_test_<prefix>_<random>} and returns its store URL. */
    public StoreUrl createDatabase(String prefix) {
        String clean = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String name = "wave_test_" + clean.substring(0, Math.min(clean.length(), 30)) + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name);
        created.add(name);
        String user = maintenance.user() == null ? "" : maintenance.user() + "@";
        String host = maintenance.jdbcUrl().replaceFirst("^jdbc:postgresql://([^/]*)/.*$", "$1");
        String password = maintenance.password() == null ? "" : "?password=" + maintenance.password();
        return StoreUrl.parse("postgresql://" + user + host + "/" + name + password, new WaveHome(Path.of(".")));
    }

    /** Drops every database this server object created. */
    @Override
    public void close() {
        List<String> failures = new ArrayList<>();
        for (String name : created) {
            try {
                execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (IllegalStateException e) {
                failures.add(e.getMessage());
            }
        }
        created.clear();
        if (!failures.isEmpty()) {
            throw new IllegalStateException(String.join("; ", failures));
        }
    }

    private void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + maintenance + " failed: " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        if (maintenance.user() != null) {
            props.setProperty("user", maintenance.user());
        }
        if (maintenance.password() != null) {
            props.setProperty("password", maintenance.password());
        }
        props.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(maintenance.jdbcUrl(), props);
    }
}
