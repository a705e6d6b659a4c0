package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the store cannot be used, a backtest still writes its outputs and then says clearly why it was not recorded;
 * a store URL that is not understood stops before anything runs; the run commands explain an empty or missing store.
 */
class RunHistoryErrorsTest {
    private static Path orcl;

    @TempDir
    Path dir;

    @BeforeAll
    static void data() {
        orcl = SharedData.require(SharedData.ORCL);
    }

    private Cli backtest(Path out, String... store) {
        List<String> args = new java.util.ArrayList<>(List.of("backtest", "--data", orcl.toString(), "--strategy", "sma-cross",
                "--fee-pct", "0.1", "--out", out.toString()));
        args.addAll(List.of(store));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void anUnreachableServerLosesNoOutputAndSaysWhy() {
        Path out = dir.resolve("out");

        Cli run = backtest(out, "--home", dir.resolve("home").toString(), "--store-url", "postgresql://wave:secret@127.0.0.1:1/runs");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        for (String file : List.of("trades.csv", "fills.csv", "equity.csv", "summary.json")) {
            assertThat(out.resolve(file)).exists();
        }
        assertThat(run.out()).contains("Wrote trades.csv, fills.csv, orders.csv, equity.csv and summary.json to " + out).doesNotContain("Recorded");
        assertThat(run.err()).contains("wave: error: the backtest ran and its outputs are in " + out + ", but it was not recorded: "
                        + "cannot connect to the PostgreSQL store postgresql://wave@127.0.0.1:1/runs (")
                .contains("); expected a PostgreSQL server accepting connections there\n")
                .contains("(use --no-record to skip the run history, or --store-url/--home to choose another store)")
                .doesNotContain("secret");
    }

    @Test
    void aHomeThatCannotBeCreatedLosesNoOutputAndSaysWhy() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path out = dir.resolve("out");

        Cli run = backtest(out, "--home", file.resolve("home").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(out.resolve("summary.json")).exists();
        assertThat(run.err()).contains("but it was not recorded: cannot create the Wave home " + file.resolve("home") + " (")
                .contains("expected a writable directory (choose another with --home or WAVE_HOME)");
    }

    @Test
    void aStoreUrlThatIsNotUnderstoodStopsBeforeTheBacktest() {
        Path out = dir.resolve("out");

        Cli run = backtest(out, "--store-url", "mysql://h/d");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wave: error: store URL 'mysql://h/d' not understood; expected "
                + "postgresql://[user[:password]@]host[:port]/database or sqlite:FILE\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void anEmptyHomeHasNoRunsAndIsNotCreatedByReading() {
        Path home = dir.resolve("fresh-home");

        Cli list = Cli.run("runs", "list", "--home", home.toString());
        Cli show = Cli.run("runs", "show", "3", "--home", home.toString());

        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).isEqualTo("No runs recorded in sqlite:" + home.resolve("wave.db")
                + " yet: 'wave backtest' records every run.\n");
        assertThat(show.exitCode()).isEqualTo(2);
        assertThat(show.err()).isEqualTo("wave: error: no run 3 in sqlite:" + home.resolve("wave.db")
                + "; 'wave runs list' shows the recorded runs\n");
        assertThat(home).doesNotExist();
    }

    @Test
    void theDemoLeavesTheStoreAloneUnlessAskedToRecord() {
        Path home = dir.resolve("demo-home");

        Cli plain = Cli.run("demo", "--bars", "300", "--home", home.toString());
        assertThat(plain.exitCode()).as(plain.toString()).isZero();
        assertThat(home).doesNotExist();

        Cli recorded = Cli.run("demo", "--bars", "300", "--record", "--home", home.toString());
        assertThat(recorded.exitCode()).as(recorded.toString()).isZero();
        assertThat(recorded.out()).contains("Recorded in the run history of sqlite:" + home.resolve("wave.db") + " ('wave runs show last')\n");
        Cli list = Cli.run("runs", "list", "--home", home.toString());
        assertThat(list.out()).containsPattern("(?m)^\\s*1\\s+\\S+ \\S+\\s+sma-cross\\s+- 1d\\s+300\\s");
        Cli show = Cli.run("runs", "show", "last", "--home", home.toString());
        assertThat(show.out()).contains("  no data files (generated data: see the data setting)")
                .containsPattern("(?m)^  data\\s+synthetic seed 42, 300 daily bars x 3$")
                .contains("Command       wave demo --bars 300 --record --home " + home);
    }

    @Test
    void testsNeverUseTheRealHome() {
        String home = System.getenv("WAVE_HOME");
        assertThat(home).as("surefire sets WAVE_HOME for tests").isNotBlank();
        assertThat(Path.of(home).toAbsolutePath().normalize()).as("WAVE_HOME of the tests")
                .isNotEqualTo(Path.of(System.getProperty("user.home"), ".wave"));
        assertThat(home).contains("target");
        assertThat(System.getenv("WAVE_STORE_URL")).as("a store named in the environment is not passed to tests").isNull();
    }
}
