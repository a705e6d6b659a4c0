package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wave backtest} on ORCL 1995-2014 (5036 daily bars): sma-cross(10, 30), 100,000 USD, 0.1% fees, with
 * fixed and all-in sizing. Checks the printed summary, the four report files, that fills happen at the next
 * bar's open, that the ledger in fills.csv reconciles exactly to summary.json, and byte-identical reruns.
 */
class BacktestCommandTest {
    /**
     * The pinned results (sma-cross 10/30, ORCL, 100,000 USD, 0.1% fees). They come from the running-sum double SMAs
     * of wave-indicators, which on 2004-06-29 see an up-cross one bar before the exact tie of SMA10 and SMA30 (see
     * wave-strategies' SmaCrossOrclTest). Treating that tie as no cross (exact SMAs) gives 102302.3329537 and
     * 418140.343196831 instead; a change that moves these numbers must say why.
     */
    static final String FIXED_100_FINAL_EQUITY = "102302.3329537";
    static final String ALL_IN_FINAL_EQUITY = "418140.343196831";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal INITIAL_CASH = new BigDecimal("100000");
    private static final List<String> REPORT_FILES = List.of("trades.csv", "fills.csv", "equity.csv", "summary.json");

    private static Path orcl;
    private static OrclFile orclFile;

    @BeforeAll
    static void data() {
        orcl = SharedData.require(SharedData.ORCL);
        orclFile = OrclFile.read(orcl);
    }

    private static Cli backtest(String sizing, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("backtest", "--data", orcl.toString(), "--strategy", "sma-cross",
                "--param", "fast=10", "--param", "slow=30", "--cash", "100000", "--fee-pct", "0.1", "--sizing", sizing,
                "--out", out.toString()));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void fixedSizing(@TempDir Path out) throws IOException {
        Cli run = backtest("fixed:100", out);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode summary = checkReport(out, FIXED_100_FINAL_EQUITY, "fixed:100");
        assertThat(run.out())
                .contains("Backtest sma-cross (fast=10, slow=30) on ORCL.SIM, 5036 bars of 1d")
                .contains("cash 100000 USD, fees 0.1% of notional, sizing fixed:100, close prices (split-adjusted, cash dividends), long only")
                .contains("Final equity " + money(FIXED_100_FINAL_EQUITY) + " USD (from 100,000.00), 195 fills, 97 closed trades, fees "
                        + money(summary.get("total_fees").asText()) + ", slippage 0.00")
                .contains("Wrote trades.csv, fills.csv, orders.csv, equity.csv and summary.json to " + out);
        assertThat(money(FIXED_100_FINAL_EQUITY)).isEqualTo("102,302.33");
        // Every fill is exactly 100 shares.
        for (List<String> fill : rows(out.resolve("fills.csv"))) {
            assertThat(fill.get(4)).isEqualTo("100");
        }
    }

    @Test
    void allInSizing(@TempDir Path out) throws IOException {
        Cli run = backtest("all-in", out);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode summary = checkReport(out, ALL_IN_FINAL_EQUITY, "all-in");
        assertThat(run.out())
                .contains("cash 100000 USD, fees 0.1% of notional, sizing all-in, close prices (split-adjusted, cash dividends), long only")
                .contains("Final equity " + money(ALL_IN_FINAL_EQUITY) + " USD (from 100,000.00), 195 fills, 97 closed trades, fees "
                        + money(summary.get("total_fees").asText()) + ", slippage 0.00");
        assertThat(money(ALL_IN_FINAL_EQUITY)).isEqualTo("418,140.34");
        // The first entry buys with the whole 100,000 USD at the 1995-05-12 open of 2.37037, fee included: 42145 shares.
        assertThat(rows(out.resolve("fills.csv")).getFirst())
                .containsExactly("1995-05-12", "O-1", "ORCL.SIM", "BUY", "42145", "2.37037", "99.89924365", "0", "USD");
    }

    @Test
    void sameBacktestTwiceWritesByteIdenticalFiles(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");

        Cli a = backtest("all-in", first);
        Cli b = backtest("all-in", second);

        assertThat(a.exitCode()).isZero();
        assertThat(b.exitCode()).isZero();
        for (String name : REPORT_FILES) {
            assertThat(Files.readAllBytes(second.resolve(name))).as(name).isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
        assertThat(b.out().replace(second.toString(), "DIR")).isEqualTo(a.out().replace(first.toString(), "DIR"));
    }

    /**
     * BUG (wave-engine, BacktestResult.finalEquityRaw / BacktestRecorder): with {@code --close-at-end} the open
     * 100 shares are sold at the last close, 44.970001, for a fee of 4.4970001, leaving the account flat; final_cash
     * and total_fees include that fill, but final_equity, metrics.end_equity and the last equity.csv row still
     * hold the equity sampled before it (102311.3419537 with cash 97814.3418537, where final_cash is 102306.8449536).
     * Expected: a flat account's final equity equals its final cash, which is 100000 plus the net pnl of the 98
     * closed trades.
     */
    @Test
    void closeAtEndReportsTheEquityAfterTheClosingFill(@TempDir Path out) throws IOException {
        Cli run = backtest("fixed:100", out, "--close-at-end");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        List<List<String>> trades = rows(out.resolve("trades.csv"));
        List<List<String>> fills = rows(out.resolve("fills.csv"));
        assertThat(trades).hasSize(98);
        assertThat(fills).hasSize(196);
        assertThat(fills.getLast())
                .containsExactly("2014-12-31", "O-196", "ORCL.SIM", "SELL", "100", "44.970001", "4.4970001", "0", "USD");
        BigDecimal fees = fills.stream().map(f -> new BigDecimal(f.get(6))).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal netPnl = trades.stream().map(t -> new BigDecimal(t.get(9))).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal flat = INITIAL_CASH.add(netPnl);
        assertThat(new BigDecimal(summary.get("total_fees").asText())).isEqualByComparingTo(fees);
        assertThat(new BigDecimal(summary.get("final_cash").asText())).isEqualByComparingTo(flat);

        assertThat(new BigDecimal(summary.get("final_equity").asText())).as("final equity of a flat account")
                .isEqualByComparingTo(flat);
        assertThat(Files.readAllLines(out.resolve("equity.csv")).getLast())
                .isEqualTo("2014-12-31," + flat.stripTrailingZeros().toPlainString() + "," + flat.stripTrailingZeros().toPlainString()
                        + ",0,0");
    }

    /** Money as the summary prints it: two decimals with thousands separators. */
    private static String money(String amount) {
        return String.format(Locale.ROOT, "%,.2f", new BigDecimal(amount));
    }

    /**
     * Checks the four files of a finished run against each other and the data, and returns summary.json.
     */
    private static JsonNode checkReport(Path out, String finalEquity, String sizing) throws IOException {
        for (String name : REPORT_FILES) {
            assertThat(out.resolve(name)).isRegularFile();
        }
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("strategy").asText()).isEqualTo("sma-cross");
        assertThat(summary.get("params").get("fast").asInt()).isEqualTo(10);
        assertThat(summary.get("params").get("slow").asInt()).isEqualTo(30);
        assertThat(summary.get("settings").get("sizing").asText()).isEqualTo(sizing);
        assertThat(summary.get("settings").get("fees").asText()).isEqualTo("0.1% of notional");
        assertThat(summary.get("settings").get("fill_model").asText()).isEqualTo("next-bar-open");
        assertThat(summary.get("settings").get("latency_bars").asInt()).isZero();
        assertThat(summary.get("settings").get("max_volume_pct").asText()).isEqualTo("100");
        assertThat(summary.get("settings").get("slippage").asText()).isEqualTo("none");
        assertThat(summary.get("total_slippage").asText()).isEqualTo("0");
        assertThat(summary.get("currency").asText()).isEqualTo("USD");
        assertThat(summary.get("initial_cash").asText()).isEqualTo("100000");
        assertThat(summary.get("final_equity").asText()).isEqualTo(finalEquity);
        String finalCash = summary.get("final_cash").asText();
        String totalFees = summary.get("total_fees").asText();
        assertThat(summary.get("strategy_errors").asInt()).isZero();
        JsonNode metrics = summary.get("metrics");
        assertThat(metrics.get("bars").asInt()).isEqualTo(5036);
        assertThat(metrics.get("closed_trades").asInt()).isEqualTo(97);
        assertThat(metrics.get("end_equity").asDouble()).isEqualTo(Double.parseDouble(finalEquity));
        assertThat(metrics.get("total_fees").asDouble()).isEqualTo(Double.parseDouble(totalFees));
        assertThat(summary.get("benchmark_buy_and_hold").get("ORCL.SIM").get("end_equity").asDouble()).isEqualTo(44.970001);

        // equity.csv: one row per bar, from the initial cash to the final equity.
        List<String> equityLines = Files.readAllLines(out.resolve("equity.csv"));
        assertThat(equityLines).hasSize(5036 + 1);
        assertThat(equityLines.getFirst()).isEqualTo("time,equity,cash,ORCL.SIM_quantity,ORCL.SIM_value");
        assertThat(equityLines.get(1)).isEqualTo("1995-01-03,100000,100000,0,0");
        assertThat(equityLines.getLast()).startsWith("2014-12-31," + finalEquity + "," + finalCash + ",");
        for (int i = 1; i < equityLines.size(); i++) {
            assertThat(equityLines.get(i)).startsWith(orclFile.dates().get(i - 1) + ",");
            // the holdings explain the equity: cash plus the ORCL position at that close
            String[] row = equityLines.get(i).split(",");
            assertThat(new BigDecimal(row[2]).add(new BigDecimal(row[4]))).isEqualByComparingTo(new BigDecimal(row[1]));
        }
        String[] last = equityLines.getLast().split(",");
        assertThat(new BigDecimal(last[4])).isEqualByComparingTo(new BigDecimal(last[3]).multiply(orclFile.lastClose()));

        List<List<String>> trades = rows(out.resolve("trades.csv"));
        List<List<String>> fills = rows(out.resolve("fills.csv"));
        assertThat(Files.readAllLines(out.resolve("trades.csv")).getFirst())
                .isEqualTo("instrument,side,entry_time,exit_time,quantity,entry_price,exit_price,gross_pnl,commission,net_pnl,status");
        assertThat(Files.readAllLines(out.resolve("fills.csv")).getFirst())
                .isEqualTo("time,order_id,instrument,side,quantity,price,commission,slippage,currency");
        // 97 round trips and one position still open at the end, listed last.
        assertThat(trades).hasSize(98);
        assertThat(fills).hasSize(2 * 97 + 1);

        // No lookahead: every market order fills at the open of the bar after its signal, i.e. at its own date's open.
        Map<String, BigDecimal> open = orclFile.openByDate();
        BigDecimal cash = INITIAL_CASH;
        BigDecimal position = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        for (int i = 0; i < fills.size(); i++) {
            List<String> f = fills.get(i);
            assertThat(f.get(1)).isEqualTo("O-" + (i + 1));
            assertThat(f.get(3)).isEqualTo(i % 2 == 0 ? "BUY" : "SELL");
            assertThat(f.get(7)).as("no slippage by default").isEqualTo("0");
            BigDecimal quantity = new BigDecimal(f.get(4));
            BigDecimal price = new BigDecimal(f.get(5));
            BigDecimal commission = new BigDecimal(f.get(6));
            assertThat(price).as("fill %s at the open of %s", f.get(1), f.get(0)).isEqualByComparingTo(open.get(f.get(0)));
            // 0.1% of notional.
            assertThat(commission).isEqualByComparingTo(quantity.multiply(price).multiply(new BigDecimal("0.001")));
            BigDecimal notional = quantity.multiply(price);
            cash = f.get(3).equals("BUY") ? cash.subtract(notional).subtract(commission) : cash.add(notional).subtract(commission);
            position = f.get(3).equals("BUY") ? position.add(quantity) : position.subtract(quantity);
            fees = fees.add(commission);
        }
        // The ledger reconciles to the unit: summary.json's cash and fees are what the fills add up to.
        assertThat(cash).isEqualByComparingTo(finalCash);
        assertThat(fees).isEqualByComparingTo(totalFees);
        assertThat(cash.add(position.multiply(orclFile.lastClose()))).isEqualByComparingTo(finalEquity);

        // Trades pair the fills, and their pnl plus the open position's explain the equity change exactly.
        BigDecimal netPnl = BigDecimal.ZERO;
        for (int i = 0; i < 97; i++) {
            List<String> t = trades.get(i);
            assertThat(t.get(10)).isEqualTo("closed");
            List<String> entry = fills.get(2 * i);
            List<String> exit = fills.get(2 * i + 1);
            assertThat(t.subList(0, 7)).containsExactly("ORCL.SIM", "LONG", entry.get(0), exit.get(0), entry.get(4),
                    entry.get(5), exit.get(5));
            BigDecimal gross = new BigDecimal(t.get(4)).multiply(new BigDecimal(t.get(6)).subtract(new BigDecimal(t.get(5))));
            assertThat(new BigDecimal(t.get(7))).isEqualByComparingTo(gross);
            assertThat(new BigDecimal(t.get(8))).isEqualByComparingTo(new BigDecimal(entry.get(6)).add(new BigDecimal(exit.get(6))));
            assertThat(new BigDecimal(t.get(9))).isEqualByComparingTo(gross.subtract(new BigDecimal(t.get(8))));
            netPnl = netPnl.add(new BigDecimal(t.get(9)));
        }
        List<String> openEntry = fills.getLast();
        BigDecimal openPnl = new BigDecimal(openEntry.get(4)).multiply(orclFile.lastClose().subtract(new BigDecimal(openEntry.get(5))))
                .subtract(new BigDecimal(openEntry.get(6)));
        assertThat(INITIAL_CASH.add(netPnl).add(openPnl)).isEqualByComparingTo(finalEquity);
        // The open position's row: bought at its fill, marked at the last close, its P&L net of the entry fee.
        List<String> openRow = trades.getLast();
        assertThat(openRow.subList(0, 5)).containsExactly("ORCL.SIM", "LONG", openEntry.get(0), orclFile.dates().getLast(),
                openEntry.get(4));
        assertThat(new BigDecimal(openRow.get(5))).isEqualByComparingTo(new BigDecimal(openEntry.get(5)));
        assertThat(new BigDecimal(openRow.get(6))).isEqualByComparingTo(orclFile.lastClose());
        assertThat(new BigDecimal(openRow.get(9))).isEqualByComparingTo(openPnl);
        assertThat(openRow.get(10)).isEqualTo("open");
        return summary;
    }

    /** Data rows of a CSV report (no quoting in these files). */
    private static List<List<String>> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return lines.subList(1, lines.size()).stream().map(l -> List.of(l.split(",", -1))).toList();
    }
}
