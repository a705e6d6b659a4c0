package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --size-at fill|signal-close}: buy-and-hold all-in with 10,000 USD and a 0.1% fee on a hand-made file whose
 * second bar opens 5% above the first bar's close.
 */
class SizeAtOptionTest {
    private static final List<String> GAP_UP = List.of(CsvFiles.HEADER,
            "2020-01-02,99,101,98,100,100,100000",
            "2020-01-03,105,106,104,105,105,100000",
            "2020-01-06,106,107,105,106,106,100000");

    @TempDir
    Path dir;

    private Cli backtest(String out, String... sizeAt) throws IOException {
        Path data = CsvFiles.write(dir.resolve("gap.csv"), GAP_UP);
        List<String> args = new ArrayList<>(List.of("backtest", "--data", data.toString(), "--strategy",
                "buy-and-hold", "--cash", "10000", "--fee-pct", "0.1", "--out", dir.resolve(out).toString()));
        args.addAll(List.of(sizeAt));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void byDefaultAllInIsSizedAtTheFillPriceAndFills() throws IOException {
        Cli run = backtest("fill");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        // floor(10,000 / (105 x 1.001)) = 95 shares at the open of the second bar
        assertThat(Files.readAllLines(dir.resolve("fill/fills.csv"))).containsExactly(
                "time,order_id,instrument,side,quantity,price,commission,slippage,currency",
                "2020-01-03,O-1,GAP.SIM,BUY,95,105,9.975,0,USD");
        assertThat(Files.readString(dir.resolve("fill/summary.json"))).contains("\"size_at\" : \"fill\"");
    }

    @Test
    void sizedAtTheSignalCloseTheOrderNoLongerFitsTheCashAfterTheGap() throws IOException {
        Cli run = backtest("close", "--size-at", "signal-close");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("percent and all-in orders sized at the signal bar's close")
                .contains("Final equity 10,000.00 USD (from 10,000.00), 0 fills");
        // 99 shares sized at the close of 100 would cost 10,405.395 at the open of 105: rejected, nothing filled
        assertThat(Files.readAllLines(dir.resolve("close/fills.csv"))).hasSize(1);
        assertThat(Files.readString(dir.resolve("close/summary.json"))).contains("\"size_at\" : \"signal-close\"");
    }

    @Test
    void anUnknownValueIsAOneLineUsageError() throws IOException {
        Cli run = backtest("bad", "--size-at", "open");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("wave: error: --size-at 'open' not understood; expected fill or signal-close");
        assertThat(run.out()).isEmpty();
    }
}
