package wave.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parsing store URLs: the forms accepted, the defaults, the errors, and passwords never shown. */
class StoreUrlTest {
    private static final WaveHome HOME = new WaveHome(Path.of("/home/me/.wave"));

    @Test
    void blankMeansTheSqliteFileOfTheHome() {
        for (String blank : new String[] {null, "", "  "}) {
            StoreUrl url = StoreUrl.parse(blank, HOME);
            assertThat(url.kind()).isEqualTo(StoreUrl.Kind.SQLITE);
            assertThat(url.file()).isEqualTo(Path.of("/home/me/.wave/wave.db"));
            assertThat(url.jdbcUrl()).isEqualTo("jdbc:sqlite:/home/me/.wave/wave.db");
            assertThat(url).hasToString("sqlite:/home/me/.wave/wave.db");
        }
    }

    @Test
    void sqliteFilesAreAbsoluteOrRelativeToTheHome() {
        assertThat(StoreUrl.parse("sqlite:/var/wave/runs.db", HOME).file()).isEqualTo(Path.of("/var/wave/runs.db"));
        assertThat(StoreUrl.parse("sqlite:///var/wave/runs.db", HOME).file()).isEqualTo(Path.of("/var/wave/runs.db"));
        assertThat(StoreUrl.parse("sqlite:other.db", HOME).file()).isEqualTo(Path.of("/home/me/.wave/other.db"));
        assertThat(StoreUrl.parse("jdbc:sqlite:../x.db", HOME).file()).isEqualTo(Path.of("/home/me/x.db"));
    }

    @Test
    void postgresqlUrlsBecomeJdbcUrlsWithUserAndPasswordApart() {
        StoreUrl url = StoreUrl.parse("postgresql://wave:s3cr%40t@db.example.com:6543/runs?sslmode=require", HOME);

        assertThat(url.kind()).isEqualTo(StoreUrl.Kind.POSTGRESQL);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/runs?sslmode=require");
        assertThat(url.user()).isEqualTo("wave");
        assertThat(url.password()).isEqualTo("s3cr@t");
        assertThat(url).hasToString("postgresql://wave@db.example.com:6543/runs");
        assertThat(url.file()).isNull();
    }

    @Test
    void postgresqlDefaultsAndOtherSpellings() {
        StoreUrl plain = StoreUrl.parse("postgresql://localhost/wave", HOME);
        assertThat(plain.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/wave");
        assertThat(plain.user()).isNull();
        assertThat(plain.password()).isNull();

        assertThat(StoreUrl.parse("postgres://u@h/d", HOME).jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d");
        StoreUrl jdbc = StoreUrl.parse("jdbc:postgresql://h:5433/d?user=u&password=p&ApplicationName=x", HOME);
        assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5433/d?ApplicationName=x");
        assertThat(jdbc.user()).isEqualTo("u");
        assertThat(jdbc.password()).isEqualTo("p");
        assertThat(jdbc.toString()).doesNotContain("p@").isEqualTo("postgresql://u@h:5433/d");
        assertThat(StoreUrl.parse("postgresql://[::1]:5432/d", HOME).jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5432/d");
    }

    @Test
    void optionBeatsTheEnvironmentWhichBeatsTheHome() {
        Map<String, String> env = Map.of(StoreUrl.ENV, "postgresql://env-host/envdb");
        assertThat(StoreUrl.resolve("sqlite:/opt/x.db", env, HOME).file()).isEqualTo(Path.of("/opt/x.db"));
        assertThat(StoreUrl.resolve(null, env, HOME).jdbcUrl()).isEqualTo("jdbc:postgresql://env-host:5432/envdb");
        assertThat(StoreUrl.resolve(" ", Map.of(), HOME).file()).isEqualTo(HOME.storeFile());
    }

    @Test
    void errorsNameTheUrlAndTheExpectedFormsWithoutThePassword() {
        assertThatThrownBy(() -> StoreUrl.parse("mysql://u:pw@h/d", HOME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("store URL 'mysql://u:***@h/d' not understood; expected "
                        + "postgresql://[user[:password]@]host[:port]/database or sqlite:FILE");
        assertThatThrownBy(() -> StoreUrl.parse("postgresql://u:pw@host", HOME))
                .hasMessage("store URL 'postgresql://u:***@host' names no database; expected "
                        + "postgresql://[user[:password]@]host[:port]/database or sqlite:FILE");
        assertThatThrownBy(() -> StoreUrl.parse("postgresql:///db", HOME)).hasMessageContaining("names no host");
        assertThatThrownBy(() -> StoreUrl.parse("postgresql://h:notaport/db", HOME)).hasMessageContaining("names no host");
        assertThatThrownBy(() -> StoreUrl.parse("sqlite:", HOME)).hasMessage("store URL 'sqlite:' names no SQLite file; expected sqlite:FILE");
        assertThatThrownBy(() -> StoreUrl.parse("sqlite::memory:", HOME)).hasMessageContaining("names no SQLite file");
    }
}
