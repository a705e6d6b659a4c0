package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A run prints one line about data quality, not a report per file titled with a policy that failed nothing. */
class DataQualityOutputTest {

    @Test
    void aRunOverTheFortyStocksPrintsOneQualityLine() {
        Path dir = SharedData.require(SharedData.AAPL_ALPHA_VANTAGE).getParent();

        Cli run = Cli.run("metrics", "--data", dir.toString(), "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).doesNotContain("policy FAIL").doesNotContain("OUTLIER:").doesNotContain("GAP:");
        assertThat(run.err().lines().filter(l -> l.startsWith("data quality:")).toList()).containsExactly(
                "data quality: 40 files, 206729 rows read, 322 findings (286 OUTLIER, 36 GAP; reported only, data unchanged);"
                        + " see them with: wave data validate " + dir.toAbsolutePath());
    }

    @Test
    void nightsAndWeekendsOfTheFiveMinuteFileAreNotGapsOnItsCalendar() {
        Path file = SharedData.require(SharedData.INTRADAY_5M);

        Cli plain = Cli.run("data", "validate", file.toString());
        Cli onCalendar = Cli.run("data", "validate", "--calendar", "24/7", file.toString());

        assertThat(plain.out()).contains("GAP: gap of 15h 35m since the previous bar at 2006-01-02T17:30");
        assertThat(onCalendar.exitCode()).as(onCalendar.toString()).isZero();
        assertThat(onCalendar.out()).doesNotContain("GAP");
    }

    @Test
    void validateListsEveryColumnOfAWidePanel() {
        Path panel = SharedData.require("pypfopt/stock_prices.csv");

        Cli run = Cli.run("data", "validate", panel.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out().lines().filter(l -> l.startsWith("  -> ")).toList()).hasSize(20)
                .contains("  -> 896 bars of 1d for BABA.SIM");
        assertThat(run.out()).contains("stock_prices.csv[AAPL]: 7126 rows read, 7126 kept, ");
    }
}
