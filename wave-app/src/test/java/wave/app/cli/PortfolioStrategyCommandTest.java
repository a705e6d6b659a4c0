package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bundled strategies across instruments run from the command line on the 40 Alpha Vantage stocks. */
class PortfolioStrategyCommandTest {
    @Test
    void equalWeightAndMomentumRunOnTheFortyStocks() {
        Path dir = SharedData.require("sp500_alphavantage/DA-AAPL-T-2021-04-21.csv").getParent();
        Cli listed = Cli.run("strategies");
        assertThat(listed.out()).contains("equal-weight-monthly - across all instruments", "momentum-12-1 - across all instruments");

        for (String strategy : new String[] {"equal-weight-monthly", "momentum-12-1"}) {
            Cli run = Cli.run("backtest", "--data", dir.toString(), "--strategy", strategy, "--price-column", "adj-close",
                    "--cash", "1000000", "--fee-pct", "0.1");
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).contains("Backtest " + strategy, "on 40 instruments, 5402 bars of 1d");
            assertThat(run.out().lines().filter(l -> l.startsWith("Final equity")).findFirst().orElseThrow())
                    .matches("Final equity [0-9,.]+ USD \\(from 1,000,000.00\\), [1-9][0-9]* fills.*");
        }
        Cli wrongParam = Cli.run("backtest", "--data", dir.toString(), "--strategy", "momentum-12-1", "--param", "top=0");
        assertThat(wrongParam.exitCode()).isNotZero();
        assertThat(wrongParam.err()).contains("momentum-12-1: parameter 'top' = 0 is out of range");
    }
}
