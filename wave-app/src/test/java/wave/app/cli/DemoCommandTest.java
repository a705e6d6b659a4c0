package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code wave demo}: a seeded backtest needing no files. */
class DemoCommandTest {

    @Test
    void demoRunsAndPrintsTheFinalEquity() {
        Cli run = Cli.run("demo");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains("Synthetic market: 3 correlated stocks, 2520 daily bars each, seed 42")
                .contains("Backtest sma-cross (fast=10, slow=30) on 3 instruments, 2520 bars of 1d")
                .contains("Final equity 106,376.81 USD (from 100,000.00), 286 fills, 142 closed trades, fees 8,359.27, slippage 0.00")
                .contains("Next: 'wave strategies'");
    }
}
