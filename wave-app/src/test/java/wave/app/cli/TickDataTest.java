package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * backtrader's tick sample (ISO timestamps with milliseconds; lines 23 and 24 share 2015-09-23T20:58:22.316).
 *
 * <p>BUG: wave-data's importer deliberately keeps ticks that share a timestamp ({@code DUPLICATE_TIMESTAMP ->
 * reported (kept: ticks ... may share a timestamp)}) and {@code wave data validate} calls the file clean (exit 0),
 * but {@code wave metrics} and {@code wave backtest} then fail in wave-research's {@code MetricsInput}
 * ("tsNanos must be strictly increasing, got 1443041902316000000 at bar 22 after 1443041902316000000"): exit 2
 * (meant for bad usage), raw epoch nanoseconds, no file or line. The data and metrics layers disagree on whether
 * equal timestamps are allowed; whichever side changes, the CLI should either handle the file or reject it with a
 * message naming {@code ticksample.csv:24}.
 */
class TickDataTest {

    @Test
    void validateAcceptsSharedTickTimestamps() {
        Path file = SharedData.require(SharedData.TICKS);

        Cli run = Cli.run("data", "validate", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("ticksample.csv: 135 rows read, 135 kept, 1 finding")
                .contains("ticksample.csv:24: DUPLICATE_TIMESTAMP");
    }

    @Test
    void metricsOnTickFile() {
        Path file = SharedData.require(SharedData.TICKS);

        Cli run = Cli.run("metrics", "--data", file.toString(), "--json");

        assertThat(run.err()).doesNotContain("tsNanos");
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    @Test
    void backtestOnTickFile() {
        Path file = SharedData.require(SharedData.TICKS);

        Cli run = Cli.run("backtest", "--data", file.toString(), "--strategy", "buy-and-hold");

        assertThat(run.err()).doesNotContain("tsNanos");
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }
}
