package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --margin} and {@code --borrow-rate}: the account type and the cost of shorting. */
class AccountOptionsTest {
    @Test
    void aMarginAccountBuysWhatTheCashAccountCannotPayFor(@TempDir Path dir) throws IOException {
        String orcl = SharedData.require(SharedData.ORCL).toString();
        // 60,000 ORCL at about 2.1 (January 1995) cost about 127,000: more than the 100,000 cash, half of it on margin
        Cli cash = Cli.run("backtest", "--data", orcl, "--strategy", "sma-cross", "--sizing", "fixed:60000",
                "--out", dir.resolve("cash").toString());
        Cli margin = Cli.run("backtest", "--data", orcl, "--strategy", "sma-cross", "--sizing", "fixed:60000",
                "--margin", "0.5/0.25", "--out", dir.resolve("margin").toString());

        assertThat(cash.exitCode()).as(cash.toString()).isZero();
        assertThat(margin.exitCode()).as(margin.toString()).isZero();
        // the cash account is refused every time (fills.csv holds only its header); the margin account buys in 1995
        assertThat(Files.readAllLines(dir.resolve("cash/fills.csv"))).hasSize(1);
        assertThat(Files.readAllLines(dir.resolve("margin/fills.csv")).get(1)).startsWith("1995-").contains(",BUY,60000,");
        assertThat(Files.readString(dir.resolve("margin/summary.json"))).contains("\"account\" : \"margin 0.5/0.25\"");
    }

    @Test
    void badAccountOptionsAreOneLineErrors() {
        String orcl = SharedData.require(SharedData.ORCL).toString();
        Cli margin = Cli.run("backtest", "--data", orcl, "--strategy", "sma-cross", "--margin", "half");
        Cli borrow = Cli.run("backtest", "--data", orcl, "--strategy", "sma-cross", "--borrow-rate", "lots");

        assertThat(margin.exitCode()).isEqualTo(2);
        assertThat(margin.err().strip())
                .isEqualTo("wave: error: --margin 'half' not understood; expected INITIAL/MAINTENANCE fractions, e.g. 0.5/0.25");
        assertThat(borrow.exitCode()).isEqualTo(2);
        assertThat(borrow.err().strip())
                .isEqualTo("wave: error: --borrow-rate 'lots' is not a number (annual percent, e.g. 3.6)");
    }
}
