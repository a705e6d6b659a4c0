package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.app.config.ConfigLocations;

/**
 * {@code wave config show}: the home's file, the working directory's file and the flags merged, printed as TOML with
 * the origin of every value.
 */
class ConfigShowTest {
    @TempDir
    Path home;

    @TempDir
    Path work;

    private ConfigLocations locations;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(home.resolve("wave.toml"), """
                [costs]
                fee_pct = 0.2
                [execution]
                calendar = "nyse"
                [account]
                currency = "EUR"
                [store]
                url = "sqlite:runs.db"
                """);
        Files.writeString(work.resolve("wave.toml"), """
                [strategy]
                name = "sma-cross"

                [strategy.params]
                fast = 12
                slow = 40

                [costs]
                fee_fixed = 1.50

                [execution]
                latency_bars = 1
                """);
        locations = new ConfigLocations(home, work);
    }

    @Test
    void printsTheMergedSettingsWithTheirOrigins() {
        Cli show = Cli.runIn(locations, "config", "show", "--data", "x.csv", "--param", "slow=50", "--cash", "5000",
                "--slippage", "bps:5", "--margin", "0.5/0.25", "--no-close-at-end");

        assertThat(show.exitCode()).as(show.toString()).isZero();
        String w = work.resolve("wave.toml").toString();
        String h = home.resolve("wave.toml").toString();
        assertThat(show.out()).isEqualTo("""
                # wave backtest settings; precedence: flags > WORK > HOME > defaults
                [data]
                path = "x.csv"                # --data
                price_column = "close"        # default
                on_bad_data = "fail"          # default
                splits = "adjust"             # default

                [strategy]
                name = "sma-cross"            # WORK:2

                [strategy.params]
                fast = 12                     # WORK:5
                slow = 50                     # --param

                [sizing]
                rule = "all-in"               # default
                size_at = "fill"              # default

                [costs]
                fee_min = 0                   # default
                fee_fixed = 1.5               # WORK:9
                slippage_pct = 0.05           # --slippage

                [execution]
                calendar = "nyse"             # HOME:4
                latency_bars = 1              # WORK:12
                latency_ms = 0                # default
                max_volume_pct = 100          # default
                intrabar_path = "adverse"     # default
                fill_at_signal_close = false  # default
                slippage_outside_bar = false  # default
                close_at_end = false          # --no-close-at-end

                [account]
                cash = 5000                   # --cash
                currency = "EUR"              # HOME:6
                allow_short = false           # default
                initial_margin_pct = 50       # --margin
                maintenance_margin_pct = 25   # --margin

                [store]
                url = "sqlite:runs.db"        # HOME:8
                """.replace("WORK", w).replace("HOME", h));
    }

    @Test
    void aFileArgumentTakesThePlaceOfTheWorkingDirectorysFile(@TempDir Path other) throws IOException {
        Path file = Files.writeString(other.resolve("other.toml"), "[sizing]\nrule = \"percent:20\"\n[data]\npath = \"bars.csv\"\n");

        Cli show = Cli.runIn(locations, "config", "show", file.toString());

        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out()).startsWith("# wave backtest settings; precedence: flags > " + file + " > "
                        + home.resolve("wave.toml") + " > defaults\n")
                .contains("path = \"" + other.resolve("bars.csv") + "\"  # " + file + ":4\n")
                .contains("\nrule = \"percent:20\"")
                .contains("\nfee_pct = 0.2 ")
                .doesNotContain("sma-cross", "fee_fixed");
    }

    @Test
    void storedDataIsNotResolvedAgainstTheFilesDirectory(@TempDir Path other) throws IOException {
        Path file = Files.writeString(other.resolve("stored.toml"), "[data]\npath = \"store:ORCL\"\n");

        Cli show = Cli.runIn(locations, "config", "show", file.toString());

        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out()).containsPattern("\npath = \"store:ORCL\" +# " + Pattern.quote(file + ":2") + "\n");
    }

    @Test
    void aBadFlagIsReportedAsWaveBacktestReportsIt() {
        Cli show = Cli.runIn(locations, "config", "show", "--max-volume-pct", "200");

        assertThat(show.exitCode()).isEqualTo(2);
        assertThat(show.err().strip())
                .isEqualTo("wave: error: --max-volume-pct '200' is not valid; expected a percentage of each bar's volume in (0, 100]");
    }

    @Test
    void itsOutputReadsBackAsAConfigurationFile(@TempDir Path other) throws IOException {
        Path bars = Files.writeString(other.resolve("bars.csv"), String.join("\n", CsvFiles.cleanRows(5)) + "\n");
        Cli show = Cli.runIn(locations, "config", "show", "--data", bars.toString(), "--allow-short");
        Path copy = Files.writeString(other.resolve("wave.toml"), show.out());

        Cli again = Cli.runIn(new ConfigLocations(other.resolve("none"), other), "config", "show");
        Cli check = Cli.run("config", "check", copy.toString());

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out().lines().map(ConfigShowTest::withoutComment).toList())
                .containsExactlyElementsOf(show.out().lines().map(ConfigShowTest::withoutComment).toList());
        assertThat(check.out()).isEqualTo(copy + ": OK\n");
    }

    private static String withoutComment(String line) {
        return line.startsWith("#") ? "" : line.replaceAll("\\s+#.*$", "");
    }
}
