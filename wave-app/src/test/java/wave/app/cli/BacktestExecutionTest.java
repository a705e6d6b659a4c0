package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The execution options of {@code wave backtest} ({@code --slippage}, {@code --latency-bars},
 * {@code --max-volume-pct}) on ORCL 1995-2014: sma-cross(10, 30), fixed:100 sizing, 0.1% fees, each run compared
 * with the same run without the option.
 */
class BacktestExecutionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal SHARES = new BigDecimal("100");

    private static Path orcl;
    private static List<String> dates;
    private static Map<String, BigDecimal> opens;
    private static Map<String, Long> volumes;

    @BeforeAll
    static void data() throws IOException {
        orcl = SharedData.require(SharedData.ORCL);
        OrclFile file = OrclFile.read(orcl);
        dates = file.dates();
        opens = file.openByDate();
        volumes = new HashMap<>();
        List<String> lines = Files.readAllLines(orcl);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.strip().split(",");
            volumes.put(f[0], Long.parseLong(f[6]));
        }
    }

    /** A finished run: its printed summary, summary.json and the rows of its fills.csv. */
    private record Run(String out, JsonNode summary, List<List<String>> fills) {
        BigDecimal decimal(String field) {
            return new BigDecimal(summary.get(field).asText());
        }
    }

    private static Run backtest(Path out, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("backtest", "--data", orcl.toString(), "--strategy", "sma-cross",
                "--param", "fast=10", "--param", "slow=30", "--cash", "100000", "--fee-pct", "0.1", "--sizing", "fixed:100",
                "--out", out.toString()));
        args.addAll(List.of(extra));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        List<String> lines = Files.readAllLines(out.resolve("fills.csv"));
        assertThat(lines.getFirst()).isEqualTo("time,order_id,instrument,side,quantity,price,commission,slippage,currency");
        List<List<String>> fills = lines.subList(1, lines.size()).stream().map(l -> List.of(l.split(",", -1))).toList();
        return new Run(cli.out(), JSON.readTree(out.resolve("summary.json").toFile()), fills);
    }

    /**
     * 10 bps moves every fill's price 0.1% against it and reports that cost per fill and in total. The fills are
     * the same otherwise, so the final equity drops by the slippage plus the change in the 0.1% fees, which are
     * charged on the slipped prices (buys pay 0.1% more fee, sells 0.1% less). Prices may leave the bar here
     * ({@code --slippage-outside-bar}), so that every fill moves by the full 10 bps (see SlippageWithinBarTest).
     */
    @Test
    void fixedBpsSlippageCostsExactlyTheReportedSlippage(@TempDir Path dir) throws IOException {
        Run plain = backtest(dir.resolve("plain"));
        Run slipped = backtest(dir.resolve("slipped"), "--slippage", "bps:10", "--slippage-outside-bar");

        assertThat(slipped.fills()).hasSameSizeAs(plain.fills()).hasSize(195);
        assertThat(slipped.summary().get("orders").asInt()).isEqualTo(plain.summary().get("orders").asInt());
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < plain.fills().size(); i++) {
            List<String> p = plain.fills().get(i);
            List<String> s = slipped.fills().get(i);
            assertThat(s.subList(0, 5)).as("fill %d", i).isEqualTo(p.subList(0, 5));
            BigDecimal open = new BigDecimal(p.get(5));
            BigDecimal move = open.multiply(new BigDecimal("0.001"));
            BigDecimal expected = s.get(3).equals("BUY") ? open.add(move) : open.subtract(move);
            assertThat(new BigDecimal(s.get(5))).as("price of %s", s).isEqualByComparingTo(expected);
            assertThat(new BigDecimal(s.get(7))).as("slippage of %s", s).isEqualByComparingTo(move.multiply(SHARES));
            total = total.add(new BigDecimal(s.get(7)));
        }
        BigDecimal slippage = slipped.decimal("total_slippage");
        // 10 bps of the unslipped notional is exactly what the 0.1% fee charged without slippage.
        assertThat(slippage).isEqualByComparingTo(total).isEqualByComparingTo(plain.decimal("total_fees"));
        BigDecimal feeChange = slipped.decimal("total_fees").subtract(plain.decimal("total_fees"));
        assertThat(plain.decimal("final_equity").subtract(slipped.decimal("final_equity")))
                .isEqualByComparingTo(slippage.add(feeChange));
        assertThat(slipped.summary().get("settings").get("slippage").asText()).isEqualTo("bps:10");
        assertThat(slipped.summary().get("settings").get("slippage_model").asText()).isEqualTo("10.0 bps");
        assertThat(slipped.out()).contains(", long only, slippage 10.0 bps (may leave the bar)\n")
                .contains("195 fills, 97 closed trades, fees 343.73, slippage 343.73\n");
    }

    /**
     * One bar of latency fills every order at the open one bar later than without it. A cross on the bar where,
     * without latency, the previous order already filled is now seen with the old position and skipped, so the
     * latency run has the no-latency fills shifted by one bar minus such entries and their exits.
     */
    @Test
    void oneBarOfLatencyFillsEveryOrderOneBarLater(@TempDir Path dir) throws IOException {
        Run plain = backtest(dir.resolve("plain"));
        Run late = backtest(dir.resolve("late"), "--latency-bars", "1");

        assertThat(late.summary().get("settings").get("latency_bars").asInt()).isEqualTo(1);
        assertThat(late.fills()).hasSize(175);
        int p = 0;
        Set<Integer> skipped = new HashSet<>();
        for (List<String> fill : late.fills()) {
            while (!nextBar(plain.fills().get(p).get(0)).equals(fill.get(0))) {
                skipped.add(p++);
            }
            List<String> before = plain.fills().get(p++);
            assertThat(fill.get(3)).as("side of %s", fill).isEqualTo(before.get(3));
            assertThat(fill.get(4)).isEqualTo("100");
            assertThat(new BigDecimal(fill.get(5))).as("%s at its own date's open", fill).isEqualByComparingTo(opens.get(fill.get(0)));
        }
        assertThat(p).isEqualTo(plain.fills().size());
        assertThat(skipped).hasSize(20);
        for (int i : skipped) {
            if (!skipped.contains(i - 1)) {
                // A skipped entry came one bar after the previous fill, and its exit is skipped with it.
                assertThat(index(plain.fills().get(i).get(0)) - index(plain.fills().get(i - 1).get(0))).isEqualTo(1);
                assertThat(skipped).contains(i + 1);
            }
        }
        assertThat(late.fills().getFirst()).startsWith("1995-05-15", "O-1", "ORCL.SIM", "BUY", "100", "2.435185");
    }

    /** A cap of 0.0001% of each bar's volume (a few shares) splits the 100-share orders into many partial fills. */
    @Test
    void tinyVolumeCapSplitsOrdersIntoPartialFills(@TempDir Path dir) throws IOException {
        Run capped = backtest(dir.resolve("capped"), "--max-volume-pct", "0.0001");

        int orders = capped.summary().get("orders").asInt();
        assertThat(capped.fills().size()).isGreaterThan(orders);
        assertThat(capped.summary().get("fills").asInt()).isEqualTo(capped.fills().size());
        assertThat(capped.summary().get("settings").get("max_volume_pct").asText()).isEqualTo("0.0001");
        Map<String, BigDecimal> filled = new HashMap<>();
        for (List<String> fill : capped.fills()) {
            BigDecimal quantity = new BigDecimal(fill.get(4));
            long cap = volumes.get(fill.get(0)) / 1_000_000;
            assertThat(quantity.longValueExact()).as("fill %s within 0.0001%% of %d", fill, volumes.get(fill.get(0)))
                    .isPositive().isLessThanOrEqualTo(cap);
            assertThat(new BigDecimal(fill.get(5))).isEqualByComparingTo(opens.get(fill.get(0)));
            filled.merge(fill.get(1), quantity, BigDecimal::add);
        }
        // No order fills more than it asked for.
        assertThat(filled.values()).allSatisfy(q -> assertThat(q).isLessThanOrEqualTo(SHARES));
        assertThat(filled.values().stream().filter(q -> q.compareTo(SHARES) == 0).count()).isGreaterThan(1);
    }

    /** The stateful square-root model (a fresh state per run), latency and a volume cap still give byte-identical files. */
    @Test
    void executionOptionsKeepRunsByteIdentical(@TempDir Path dir) throws IOException {
        String[] options = {"--slippage", "sqrt:0.5", "--latency-bars", "1", "--max-volume-pct", "0.001"};
        Run first = backtest(dir.resolve("first"), options);
        Run second = backtest(dir.resolve("second"), options);

        assertThat(first.decimal("total_slippage")).isPositive();
        for (String name : List.of("trades.csv", "fills.csv", "equity.csv", "summary.json")) {
            assertThat(Files.readAllBytes(dir.resolve("second").resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(dir.resolve("first").resolve(name)));
        }
        assertThat(second.out().replace(dir.resolve("second").toString(), "DIR"))
                .isEqualTo(first.out().replace(dir.resolve("first").toString(), "DIR"));
    }

    private static String nextBar(String date) {
        int i = index(date);
        return i + 1 < dates.size() ? dates.get(i + 1) : "";
    }

    private static int index(String date) {
        return dates.indexOf(date);
    }
}
