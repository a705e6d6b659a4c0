package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specs and strategies that use the account: a short spec on ORCL 1995-2014 with {@code --allow-short --margin 0.5/0.25
 * --borrow-rate 3.6} sells short and pays the borrow fee, and {@code sma-cross-ls} trades both sides.
 */
class ShortSpecCommandTest {
    private static final String SHORT_SPEC = """
            name = "sma-short"
            [indicators]
            fast = { type = "sma", period = 10 }
            slow = { type = "sma", period = 30 }
            [entry.short]
            all = ["fast crosses_below slow"]
            [exit.short]
            any = ["fast crosses_above slow"]
            """;
    private static final BigDecimal RATE = new BigDecimal("0.036");

    /** The rows of a CSV file after its header, split on commas. */
    private static List<String[]> rows(Path file) throws IOException {
        return Files.readAllLines(file).stream().skip(1).map(line -> line.split(",")).toList();
    }

    @Test
    void aShortSpecTradesShortAndPaysTheBorrowFee(@TempDir Path dir) throws IOException {
        Path orcl = SharedData.require(SharedData.ORCL);
        Path spec = Files.writeString(dir.resolve("sma-short.toml"), SHORT_SPEC);
        Cli run = Cli.run("backtest", "--data", orcl.toString(), "--spec", spec.toString(), "--allow-short",
                "--margin", "0.5/0.25", "--borrow-rate", "3.6", "--sizing", "fixed:100", "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();

        // fills alternate: a short sale of 100, then its cover
        List<String[]> fills = rows(dir.resolve("out/fills.csv"));
        assertThat(fills).hasSizeGreaterThan(100);
        for (int i = 0; i < fills.size(); i++) {
            assertThat(fills.get(i)[3]).isEqualTo(i % 2 == 0 ? "SELL" : "BUY");
            assertThat(new BigDecimal(fills.get(i)[4])).isEqualByComparingTo("100");
        }

        // the first holding period: between the sale and the cover, cash moves only by the borrow fee,
        // 3.6 % x 100 x the previous close x calendar days / 360, rounded half-even to nine decimals
        OrclFile data = OrclFile.read(orcl);
        Map<String, BigDecimal> closeByDate = new LinkedHashMap<>();
        for (int i = 0; i < data.dates().size(); i++) {
            closeByDate.put(data.dates().get(i), data.closes().get(i));
        }
        String sold = fills.get(0)[0];
        String covered = fills.get(1)[0];
        List<String[]> equity = rows(dir.resolve("out/equity.csv"));
        List<String> charged = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 1; i < equity.size(); i++) {
            String day = equity.get(i)[0];
            String previous = equity.get(i - 1)[0];
            if (day.compareTo(sold) <= 0 || day.compareTo(covered) >= 0) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(LocalDate.parse(previous), LocalDate.parse(day));
            BigDecimal fee = RATE.multiply(new BigDecimal(100)).multiply(closeByDate.get(previous)).multiply(BigDecimal.valueOf(days))
                    .divide(new BigDecimal(360), 9, RoundingMode.HALF_EVEN);
            BigDecimal paid = new BigDecimal(equity.get(i - 1)[2]).subtract(new BigDecimal(equity.get(i)[2]));
            assertThat(paid).as("borrow fee on %s", day).isEqualByComparingTo(fee);
            charged.add(day);
            total = total.add(fee);
        }
        assertThat(charged).hasSizeGreaterThan(5);
        assertThat(total).isPositive();
        // the run's total is reported: on the summary and in summary.json, at least the first period's fees
        BigDecimal reported = new BigDecimal(new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(dir.resolve("out/summary.json").toFile()).get("total_borrow_fees").decimalValue().toPlainString());
        assertThat(reported).isGreaterThan(total);
        assertThat(run.out()).containsPattern("Borrow fees [0-9,]+\\.[0-9]{2} USD \\(short positions, charged daily\\)");
    }

    @Test
    void withoutAllowShortTheSpecIsRefusedBeforeTheRun(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("sma-short.toml"), SHORT_SPEC);
        Cli run = Cli.run("backtest", "--data", SharedData.require(SharedData.ORCL).toString(), "--spec", spec.toString(),
                "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("wave: error: sma-short.toml: entry.short: the spec sells short, but this run does not "
                + "allow short positions; run with --allow-short");
        assertThat(dir.resolve("out/fills.csv")).doesNotExist();
    }

    @Test
    void smaCrossLsFirstTradesFollowTheCrosses(@TempDir Path dir) throws IOException {
        Path orcl = SharedData.require(SharedData.ORCL);
        Cli run = Cli.run("backtest", "--data", orcl.toString(), "--strategy", "sma-cross-ls", "--allow-short",
                "--margin", "0.5/0.25", "--borrow-rate", "3.6", "--sizing", "fixed:100", "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();

        // SMA(10) and SMA(30) of the closes; a cross at t fills at t+1's open; a cross against the position
        // closes it at t+1 and enters the new side at t+2
        OrclFile data = OrclFile.read(orcl);
        double[] close = data.closeValues();
        List<String> expected = new ArrayList<>();
        int side = 0;
        int lastSign = 0;
        for (int t = 29; t + 2 < close.length && expected.size() < 7; t++) {
            int sign = Double.compare(mean(close, t, 10), mean(close, t, 30));
            if (sign != 0 && lastSign != 0 && sign != lastSign) {
                if (side == 0) {
                    expected.add(data.dates().get(t + 1) + (sign > 0 ? " BUY" : " SELL"));
                } else {
                    expected.add(data.dates().get(t + 1) + (sign > 0 ? " BUY" : " SELL"));
                    expected.add(data.dates().get(t + 2) + (sign > 0 ? " BUY" : " SELL"));
                }
                side = sign;
            }
            if (sign != 0) {
                lastSign = sign;
            }
        }
        List<String> actual = rows(dir.resolve("out/fills.csv")).stream().limit(expected.size())
                .map(f -> f[0] + " " + f[3]).toList();
        assertThat(actual).containsExactlyElementsOf(expected);
        // among them a reversal from long to short: the sale closing the long, then the short sale
        assertThat(String.join(",", expected)).containsPattern("SELL,[0-9-]+ SELL");
    }

    /** The mean of the {@code n} closes ending at {@code t}. */
    private static double mean(double[] close, int t, int n) {
        double sum = 0;
        for (int i = t - n + 1; i <= t; i++) {
            sum += close[i];
        }
        return sum / n;
    }
}
