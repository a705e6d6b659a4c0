package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wave backtest --tax-lots}: ORCL sma-cross with a 0.1% fee buys all in and sells all, so every round trip is
 * one lot: tax-lots.csv has a row per closed trade of trades.csv, with its dates, and the gains (fees included) add up
 * to the trades' net P&amp;L to the unit. Without {@code --out}, or with an unknown method, the run is refused.
 */
class TaxLotsCommandTest {
    @TempDir
    Path dir;

    @Test
    void fifoLotsMatchTheRoundTripsOfAnAllInStrategy() throws IOException {
        Path out = dir.resolve("out");
        Cli cli = Cli.run("backtest", "--no-record", "--data", SharedData.require(SharedData.ORCL).toString(),
                "--strategy", "sma-cross", "--fee-pct", "0.1", "--tax-lots", "fifo", "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.out()).contains("Wrote trades.csv, fills.csv, orders.csv, equity.csv, tax-lots.csv and summary.json");

        List<String> lots = Files.readAllLines(out.resolve("tax-lots.csv"));
        List<String> trades = Files.readAllLines(out.resolve("trades.csv")).stream()
                .filter(row -> row.endsWith(",closed")).toList();
        assertThat(lots.getFirst()).isEqualTo(
                "instrument,side,open_time,close_time,quantity,cost_basis,proceeds,gain,open_order,close_order");
        assertThat(lots).hasSize(trades.size() + 1);
        BigDecimal gains = BigDecimal.ZERO;
        BigDecimal netPnl = BigDecimal.ZERO;
        for (int i = 0; i < trades.size(); i++) {
            String[] lot = lots.get(i + 1).split(",");
            String[] trade = trades.get(i).split(",");
            assertThat(List.of(lot[1], lot[2], lot[3], lot[4])).as("lot %d", i)
                    .containsExactly("long", trade[2], trade[3], trade[4]);
            assertThat(new BigDecimal(lot[6]).subtract(new BigDecimal(lot[5]))).isEqualByComparingTo(lot[7]);
            gains = gains.add(new BigDecimal(lot[7]));
            netPnl = netPnl.add(new BigDecimal(trade[9]));
        }
        assertThat(trades).hasSizeGreaterThan(10);
        assertThat(gains).isEqualByComparingTo(netPnl);
    }

    @Test
    void splitsRestateTheOpenLotOfABuyAndHold() throws IOException {
        // AAPL as traded, bought once and held through its 2:1, 2:1, 7:1 and 4:1 splits, closed at the end: what a split
        // could not keep was paid in cash in lieu and is a lot of its own; the rest is one lot of the quantity held after
        // the last split. The lots' cost bases add up to the purchase with its fee.
        Path out = dir.resolve("aapl");
        Cli cli = Cli.run("backtest", "--no-record", "--data", SharedData.require(SharedData.AAPL_ALPHA_VANTAGE).toString(),
                "--strategy", "buy-and-hold", "--fee-pct", "0.1", "--splits", "as-traded", "--close-at-end",
                "--tax-lots", "lifo", "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.toString()).isZero();

        List<String[]> lots = Files.readAllLines(out.resolve("tax-lots.csv")).stream().skip(1).map(l -> l.split(",")).toList();
        List<String> fills = Files.readAllLines(out.resolve("fills.csv"));
        List<String[]> splits = Files.readAllLines(out.resolve("corporate_actions.csv")).stream()
                .filter(a -> a.contains(",split,")).map(a -> a.split(",")).toList();
        assertThat(fills).hasSize(3);
        String[] buy = fills.get(1).split(",");
        String[] sell = fills.get(2).split(",");
        List<String[]> inLieu = lots.stream().filter(l -> l[9].equals("cash-in-lieu")).toList();
        assertThat(inLieu).isNotEmpty();
        assertThat(lots.getLast()[9]).isEqualTo("O-2");
        assertThat(lots).hasSize(inLieu.size() + 1);

        assertThat(new BigDecimal(lots.getLast()[4])).isEqualByComparingTo(splits.getLast()[6]).isEqualByComparingTo(sell[4]);
        assertThat(new BigDecimal(lots.getLast()[6])).isEqualByComparingTo(
                new BigDecimal(sell[4]).multiply(new BigDecimal(sell[5])).subtract(new BigDecimal(sell[6])));
        assertThat(sum(inLieu, 6)).isEqualByComparingTo(splits.stream().map(a -> new BigDecimal(a[7]))
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(sum(lots, 5)).isEqualByComparingTo(
                new BigDecimal(buy[4]).multiply(new BigDecimal(buy[5])).add(new BigDecimal(buy[6])));
    }

    private static BigDecimal sum(List<String[]> rows, int column) {
        return rows.stream().map(r -> new BigDecimal(r[column])).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void needsAnOutputDirectoryAndAKnownMethod() throws IOException {
        Path clean = CsvFiles.write(dir.resolve("clean.csv"), CsvFiles.cleanRows(40));
        Cli noOut = Cli.run("backtest", "--no-record", "--data", clean.toString(), "--strategy", "sma-cross",
                "--tax-lots", "fifo");
        Cli unknown = Cli.run("backtest", "--no-record", "--data", clean.toString(), "--strategy", "sma-cross",
                "--tax-lots", "average", "--out", dir.resolve("o").toString());

        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.errLines()).containsExactly(
                "wave: error: --tax-lots writes tax-lots.csv into the run's outputs: give --out DIR too");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.errLines()).containsExactly(
                "wave: error: --tax-lots: unknown lot method 'average': expected fifo, lifo or hifo");
    }
}
