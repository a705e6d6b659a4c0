package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.app.config.ConfigLocations;

/**
 * Several strategies in one account from the command line and from {@code [[strategies]]} in wave.toml: each within
 * its capital budget, its results written apart, and the strategies' results adding up to the account's.
 */
class SeveralStrategiesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("../wave-spec/src/main/resources/wave/spec/examples");

    @Test
    void twoStrategiesWithBudgetsShareOneAccountStayWithinTheirBudgetsAndAddUpToTheAccount(@TempDir Path dir) throws IOException {
        Path stocks = SharedData.require(SharedData.AAPL_ALPHA_VANTAGE).getParent();
        Path out = dir.resolve("out");
        Cli run = Cli.run("backtest", "--data", stocks.toString(), "--strategy", "sma-cross", "--strategy", "momentum-12-1",
                "--budget", "sma-cross=40%", "--budget", "momentum-12-1=50000", "--price-column", "adj-close", "--fee-pct", "0.1",
                "--out", out.toString(), "--no-record");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Backtest sma-cross+momentum-12-1 (sma-cross.fast=10, sma-cross.slow=30, momentum-12-1.")
                .containsPattern("\nsma-cross +40% of equity +40,000.00 ")
                .containsPattern("\nmomentum-12-1 +50000 +50,000.00 ")
                .contains("strategy_equity.csv");
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        JsonNode strategies = summary.get("strategies");
        assertThat(strategies).hasSize(2);
        assertThat(strategies.get(0).get("id").asText()).isEqualTo("sma-cross");
        assertThat(strategies.get(0).get("capital").decimalValue()).isEqualByComparingTo("40000");
        assertThat(strategies.get(1).get("id").asText()).isEqualTo("momentum-12-1");
        assertThat(strategies.get(1).get("capital").decimalValue()).isEqualByComparingTo("50000");

        // The strategies' results add up to the account's, exactly: P&L, fees, fills
        BigDecimal pnl = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        int fills = 0;
        for (JsonNode s : strategies) {
            assertThat(s.get("final_equity").decimalValue()).isEqualByComparingTo(s.get("capital").decimalValue().add(s.get("pnl").decimalValue()));
            assertThat(s.get("fills").asInt()).isPositive();
            pnl = pnl.add(s.get("pnl").decimalValue());
            fees = fees.add(s.get("fees").decimalValue());
            fills += s.get("fills").asInt();
        }
        assertThat(pnl).isEqualByComparingTo(summary.get("final_equity").decimalValue().subtract(summary.get("initial_cash").decimalValue()));
        assertThat(fees).isEqualByComparingTo(summary.get("total_fees").decimalValue());
        assertThat(fills).isEqualTo(summary.get("fills").asInt());

        // trades.csv: each strategy's round trips, named in its first column
        List<String[]> trades = rows(out.resolve("trades.csv"));
        assertThat(trades.getFirst()[0]).isEqualTo("strategy");
        for (JsonNode s : strategies) {
            long closed = trades.stream().skip(1).filter(t -> t[0].equals(s.get("id").asText()) && t[11].equals("closed")).count();
            assertThat(closed).as(s.get("id").asText()).isEqualTo(s.get("closed_trades").asLong()).isPositive();
        }

        // Within budget: sma-cross runs one instance per stock (40), each with 1% of equity; it buys only when flat, so each
        // entry (quantity x price + fee) is at most 1% of the account's equity when the order was placed (the step before).
        Map<String, String> strategyOfOrder = new HashMap<>();
        for (String[] order : rows(out.resolve("orders.csv")).subList(1, rows(out.resolve("orders.csv")).size())) {
            strategyOfOrder.put(order[0], order[2]);
        }
        TreeMap<String, BigDecimal> equity = new TreeMap<>();
        for (String[] step : rows(out.resolve("equity.csv")).subList(1, rows(out.resolve("equity.csv")).size())) {
            equity.put(step[0], new BigDecimal(step[1]));
        }
        Map<String, BigDecimal> momentumBuysByDay = new TreeMap<>();
        int smaEntries = 0;
        for (String[] fill : rows(out.resolve("fills.csv")).subList(1, rows(out.resolve("fills.csv")).size())) {
            if (!fill[3].equals("BUY")) {
                continue;
            }
            BigDecimal cost = new BigDecimal(fill[4]).multiply(new BigDecimal(fill[5])).add(new BigDecimal(fill[6]));
            String strategy = strategyOfOrder.get(fill[1]);
            if (strategy.startsWith("sma-cross:")) {
                BigDecimal budget = equity.lowerEntry(fill[0]).getValue().multiply(new BigDecimal("0.01"));
                assertThat(cost).as("%s on %s", fill[1], fill[0]).isLessThanOrEqualTo(budget);
                smaEntries++;
            } else {
                assertThat(strategy).isEqualTo("momentum-12-1");
                momentumBuysByDay.merge(fill[0], cost, BigDecimal::add);
            }
        }
        assertThat(smaEntries).as("every round trip was entered").isGreaterThanOrEqualTo(strategies.get(0).get("closed_trades").asInt());
        // momentum-12-1 sets target weights of its 50,000: what it buys at one rebalance never exceeds them
        assertThat(momentumBuysByDay).isNotEmpty();
        assertThat(momentumBuysByDay.values()).allSatisfy(cost -> assertThat(cost).isLessThanOrEqualTo(new BigDecimal("50000")));

        // strategy_equity.csv: each strategy's capital + P&L at every step, ending at its final equity
        List<String[]> curves = rows(out.resolve("strategy_equity.csv"));
        assertThat(curves.getFirst()).containsExactly("time", "sma-cross_equity", "sma-cross_exposure", "momentum-12-1_equity",
                "momentum-12-1_exposure");
        assertThat(curves.get(1)).containsExactly(curves.get(1)[0], "40000", "0", "50000", "0");
        String[] last = curves.getLast();
        assertThat(new BigDecimal(last[1])).isEqualByComparingTo(strategies.get(0).get("final_equity").decimalValue());
        assertThat(new BigDecimal(last[3])).isEqualByComparingTo(strategies.get(1).get("final_equity").decimalValue());
        assertThat(curves).hasSize(rows(out.resolve("equity.csv")).size());
    }

    @Test
    void aStrategyAndItsSpecTwinWithEqualBudgetsEarnTheSame(@TempDir Path dir) throws IOException {
        String orcl = SharedData.require(SharedData.ORCL).toString();
        Path out = dir.resolve("out");
        Cli run = Cli.run("backtest", "--data", orcl, "--strategy", "java=sma-cross", "--spec",
                "spec=" + EXAMPLES.resolve("sma-cross.toml"), "--budget", "java=50%", "--budget", "spec=50%", "--sizing", "fixed:100",
                "--fee-pct", "0.1", "--out", out.toString(), "--no-record");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode strategies = JSON.readTree(out.resolve("summary.json").toFile()).get("strategies");
        // the Java strategy alone made 2,302.33 with 195 fills (BacktestSpecCommandTest): each twin makes the same here
        for (JsonNode s : strategies) {
            assertThat(s.get("pnl").decimalValue()).isEqualByComparingTo("2302.3329537");
            assertThat(s.get("fills").asInt()).isEqualTo(195);
        }
        List<String[]> trades = rows(out.resolve("trades.csv"));
        assertThat(trades.stream().filter(t -> t[0].equals("java")).count())
                .isEqualTo(trades.stream().filter(t -> t[0].equals("spec")).count()).isEqualTo(98);
    }

    @Test
    void strategiesFromWaveTomlRunAsTheSameFlagsDo(@TempDir Path dir) throws IOException {
        String orcl = SharedData.require(SharedData.ORCL).toString();
        Path home = Files.createDirectories(dir.resolve("home"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.writeString(work.resolve("wave.toml"), """
                [data]
                path = "%s"

                [costs]
                fee_pct = 0.1

                [[strategies]]
                name = "sma-cross"
                id = "fast"
                budget = "30%%"
                params = { fast = 5, slow = 20 }

                [[strategies]]
                name = "sma-cross"
                id = "slow"
                budget = 20000
                """.formatted(orcl.replace("\\", "/")));
        Cli fromFile = Cli.runIn(new ConfigLocations(home, work), "backtest", "--out", dir.resolve("file").toString(), "--no-record");
        Cli fromFlags = Cli.run("backtest", "--data", orcl, "--fee-pct", "0.1", "--strategy", "fast=sma-cross", "--strategy",
                "slow=sma-cross", "--param", "fast.fast=5", "--param", "fast.slow=20", "--budget", "fast=30%", "--budget",
                "slow=20000", "--out", dir.resolve("flags").toString(), "--no-record");

        assertThat(fromFile.exitCode()).as(fromFile.toString()).isZero();
        assertThat(fromFlags.exitCode()).as(fromFlags.toString()).isZero();
        assertThat(fromFile.out()).contains("fast                 30% of equity", "slow                 20000");
        for (String file : new String[] {"trades.csv", "fills.csv", "orders.csv", "equity.csv", "strategy_equity.csv"}) {
            assertThat(Files.readAllBytes(dir.resolve("file").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("flags").resolve(file)));
        }
        assertThat(JSON.readTree(dir.resolve("file/summary.json").toFile()).get("strategies"))
                .isEqualTo(JSON.readTree(dir.resolve("flags/summary.json").toFile()).get("strategies"));
    }

    @Test
    void mistakesAreOneLineNamingTheFlagAndWhatIsValid(@TempDir Path dir) throws IOException {
        String orcl = SharedData.require(SharedData.ORCL).toString();
        assertRefused("--budget sma-crss=40%: no strategy sma-crss in this run (strategies: sma-cross, momentum-12-1)",
                "--data", orcl, "--strategy", "sma-cross", "--strategy", "momentum-12-1", "--budget", "sma-crss=40%");
        assertRefused("--budget momentum-12-1=50000 takes the budgets to 110% of the initial equity 100000; together they may use "
                + "at most 100%", "--data", orcl, "--strategy", "sma-cross", "--strategy", "momentum-12-1", "--budget",
                "sma-cross=60%", "--budget", "momentum-12-1=50000");
        assertRefused("strategy sma-cross is given twice; give each its own id: --strategy ID=sma-cross",
                "--data", orcl, "--strategy", "sma-cross", "--strategy", "sma-cross");
        assertRefused("--param fast=5: with several strategies, name the strategy it is for: --param ID.fast=5",
                "--data", orcl, "--strategy", "sma-cross", "--strategy", "momentum-12-1", "--param", "fast=5");
        assertRefused("--budget a=abc not understood; expected an amount above 0 (50000) or a percentage of equity above 0 and "
                + "at most 100 (40%)", "--data", orcl, "--strategy", "a=sma-cross", "--strategy", "b=sma-cross", "--budget", "a=abc");
        assertRefused("strategy b has no --budget and the others use all of the equity; give it a budget or lower theirs",
                "--data", orcl, "--strategy", "a=sma-cross", "--strategy", "b=sma-cross", "--budget", "a=100%");

        Path work = Files.createDirectories(dir.resolve("work"));
        Files.writeString(work.resolve("wave.toml"), """
                [[strategies]]
                name = "sma-cross"

                [[strategies]]
                name = "sma-crss"
                """);
        Cli file = Cli.runIn(new ConfigLocations(Files.createDirectories(dir.resolve("home")), work), "backtest", "--data", orcl,
                "--no-record");
        assertThat(file.exitCode()).isEqualTo(2);
        assertThat(file.err()).startsWith("wave: error: " + work.resolve("wave.toml") + ":1: strategies[2]: unknown strategy 'sma-crss'");
    }

    @Test
    void theHelpDescribesTheRepeatableStrategiesAndTheirBudgets() {
        Cli help = Cli.run("backtest", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.err()).doesNotContain("WARN");
        assertThat(help.out()).contains("[--budget=ID=AMOUNT|PCT%]...", "[--strategy=[ID=]NAME]...", "[--spec=[ID=]FILE]...",
                "percentage of equity (40%); repeatable");
    }

    private static void assertRefused(String message, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "backtest";
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = "--no-record";
        Cli run = Cli.run(all);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("wave: error: " + message);
    }

    private static List<String[]> rows(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().map(line -> line.split(",", -1)).toList();
    }
}
