package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.domain.money.FixedPointOverflowException;

/**
 * Amounts beyond the 9-decimal fixed-point range (about 9.2 billion): options that ask for one are one-line usage errors
 * (exit 2); a backtest whose amounts grow beyond it stops with one line naming the day, the computation and its operands
 * (exit 1), never with a wrong number.
 */
class MoneyRangeErrorsTest {
    private static final String OVERFLOWS = " overflows 9-decimal fixed point (largest amount 9,223,372,036.854775807)"
            + FixedPointOverflowException.WIDE_RANGE_HINT;

    @TempDir
    Path dir;

    private Path twoBars() throws IOException {
        return CsvFiles.write(dir.resolve("up.csv"), List.of(CsvFiles.HEADER,
                "2020-01-02,100,100,100,100,100,100000",
                "2020-01-03,100,110,100,110,110,100000"));
    }

    private Cli backtest(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("backtest", "--data", twoBars().toString(), "--strategy",
                "buy-and-hold"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void cashAboveTheRangeIsAUsageErrorNamingTheLimit() throws IOException {
        Cli run = backtest("--cash", "1000000000000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "wave: error: cash 1000000000000 is above the largest amount Wave holds exactly (9223372036.854775807)" + FixedPointOverflowException.WIDE_RANGE_HINT);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void otherAmountsAboveTheRangeAreNamedToo() throws IOException {
        assertThat(backtest("--fee-fixed", "1e10").errLines()).containsExactly(
                "wave: error: fixed fee 1e10 is above the largest amount Wave holds exactly (9223372036.854775807)" + FixedPointOverflowException.WIDE_RANGE_HINT);
        assertThat(backtest("--sizing", "fixed:20000000000").errLines()).containsExactly("wave: error: sizing "
                + "'fixed:20000000000': fixed size 20000000000 is above the largest quantity Wave holds exactly (9223372036.854775807)" + FixedPointOverflowException.WIDE_RANGE_HINT);
        assertThat(backtest("--cash", "lots").errLines()).containsExactly("wave: error: --cash 'lots' is not a number");
    }

    @Test
    void aRunWhoseEquityLeavesTheRangeStopsWithOneLine() throws IOException {
        // 9 billion USD all-in at 100 buys 90,000,000 shares; the next close of 110 values them at 9.9 billion
        Cli run = backtest("--cash", "9000000000");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "wave: error: at 2020-01-03T00:00:00Z: notional of 90,000,000 UP.SIM at 110" + OVERFLOWS);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void buyAndHoldAaplFromOneHundredMillionOverflowsItsEquityIn2019() {
        // AAPL from 1999-11-01 as traded, its splits and dividends applied: the 100 million pass 9.2 billion on 2019-10-23
        Cli run = Cli.run("backtest", "--data", SharedData.require(SharedData.AAPL_ALPHA_VANTAGE).toString(),
                "--strategy", "buy-and-hold", "--cash", "100000000", "--splits", "as-traded");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.errLines()).last().isEqualTo("wave: error: at 2019-10-23T00:00:00Z: equity 577,897,859.774573515 + "
                + "8,729,545,052.34" + OVERFLOWS);
    }
}
