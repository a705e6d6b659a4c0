package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every refusal is visible: {@code orders.csv} lists each order with how it ended and why, the summary and
 * {@code summary.json} count the orders by reason, and a run whose orders were mostly refused warns (ORCL 1995-2014,
 * sma-cross(10, 30), 100,000 USD, no fees: 98 buy signals).
 */
class OrderRefusalsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Cli backtest(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("backtest", "--no-record", "--data",
                SharedData.require(SharedData.ORCL).toString(), "--strategy", "sma-cross", "--out", out.toString()));
        args.addAll(List.of(extra));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        return cli;
    }

    /** 80,000 shares cost more than the cash on every signal: each of the 98 buys is denied, with its numbers. */
    @Test
    void everyDeniedOrderIsListedCountedAndWarnedAbout(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Cli cli = backtest(out, "--sizing", "fixed:80000");

        List<String> orders = Files.readAllLines(out.resolve("orders.csv"));
        assertThat(orders.getFirst()).isEqualTo("order_id,time,strategy,instrument,side,type,time_in_force,sizing,"
                + "quantity,filled_quantity,status,reason_code,reason");
        assertThat(orders).hasSize(99);
        // signal on 1995-05-11, estimated at that close 2.37963: 80,000 x 2.37963 = 190,370.4
        assertThat(orders.get(1)).isEqualTo("O-1,1995-05-11,sma-cross:ORCL,ORCL.SIM,BUY,MARKET,GTC,fixed:80000,80000,0,"
                + "DENIED,INSUFFICIENT_FUNDS,estimated cost 190370.4 USD exceeds available funds 100000 (cash plus long "
                + "positions at their marks)");
        assertThat(orders.subList(1, 99)).allSatisfy(row -> assertThat(row).contains(",0,DENIED,INSUFFICIENT_FUNDS,"));

        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("orders").asInt()).isEqualTo(98);
        assertThat(summary.get("orders_refused").asInt()).isEqualTo(98);
        assertThat(summary.get("orders_by_reason").toString()).isEqualTo("{\"INSUFFICIENT_FUNDS\":98}");
        assertThat(cli.out()).contains("Orders 98: 0 filled, 98 refused; not filled: INSUFFICIENT_FUNDS 98 (reasons in orders.csv)");
        assertThat(cli.err()).contains("wave: warning: 98 of 98 orders were refused (most often INSUFFICIENT_FUNDS); "
                + "see orders.csv for each order's reason");
    }

    /** A fractional fixed size on whole-share lots: every order denied as INVALID_QUANTITY, which orders.csv explains. */
    @Test
    void aFractionalFixedSizeSaysWhyNothingTraded(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Cli cli = backtest(out, "--sizing", "fixed:1.5");

        List<String> orders = Files.readAllLines(out.resolve("orders.csv"));
        assertThat(orders.get(1)).isEqualTo("O-1,1995-05-11,sma-cross:ORCL,ORCL.SIM,BUY,MARKET,GTC,fixed:1.5,1.5,0,DENIED,"
                + "INVALID_QUANTITY,quantity 1.5 is not a multiple of the lot size 1 of ORCL.SIM");
        assertThat(cli.err()).contains("98 of 98 orders were refused (most often INVALID_QUANTITY)");
    }

    /** A run that trades lists its orders as filled, without reasons, and does not warn. */
    @Test
    void filledOrdersHaveNoReasonAndNoWarning(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Cli cli = backtest(out, "--sizing", "fixed:100");

        List<String> orders = Files.readAllLines(out.resolve("orders.csv"));
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(orders).hasSize(summary.get("orders").asInt() + 1);
        assertThat(orders.get(1)).isEqualTo("O-1,1995-05-11,sma-cross:ORCL,ORCL.SIM,BUY,MARKET,GTC,fixed:100,100,100,FILLED,,");
        assertThat(summary.get("orders_refused").asInt()).isZero();
        assertThat(cli.err()).doesNotContain("refused");
    }

    /** A volume cap on data without volume: said before the run, and each order ends at the end of the data. */
    @Test
    void aVolumeCapOnDataWithoutVolumeWarnsBeforeTheRun(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        List<String> args = List.of("backtest", "--no-record", "--data", SharedData.require("backtrader/2006-day-001.txt").toString(),
                "--strategy", "sma-cross", "--max-volume-pct", "10", "--out", out.toString());
        Cli cli = Cli.run(args.toArray(String[]::new));

        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.err()).contains("wave: warning: 2006.SIM has no volume on any bar, and at most 10% of a bar's volume "
                + "may fill (--max-volume-pct): none of its orders can fill");
        List<String> orders = Files.readAllLines(out.resolve("orders.csv"));
        assertThat(orders).hasSize(5);
        assertThat(orders.get(1)).isEqualTo("O-1,2006-04-28,sma-cross:2006,2006.SIM,BUY,MARKET,GTC,all-in,26,0,CANCELED,"
                + "END_OF_DATA,end of data");
    }
}
