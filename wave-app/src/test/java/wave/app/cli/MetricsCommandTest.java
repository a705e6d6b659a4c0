package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * {@code wave metrics --json}: every metric of buy-and-hold ORCL cross-checked against a straightforward
 * computation from the file's Close column written here (not wave-research's code), and each CSV importer
 * reached through the CLI.
 */
class MetricsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double REL = 1e-9;
    private static final double PERIODS = 252;

    @Test
    void orclMetricsMatchAnIndependentComputation() throws IOException {
        Path file = SharedData.require(SharedData.ORCL);
        OrclFile data = OrclFile.read(file);

        Cli run = Cli.run("metrics", "--data", file.toString(), "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.size()).isEqualTo(1);
        JsonNode m = root.get("ORCL.SIM");
        assertThat(m).isNotNull();
        Checked c = new Checked(m);

        double[] close = data.closeValues();
        int bars = close.length;
        int n = bars - 1;
        double[] r = new double[n];
        for (int i = 1; i < bars; i++) {
            r[i - 1] = close[i] / close[i - 1] - 1;
        }

        // Counts, dates, ends.
        c.integer("bars", 5036);
        assertThat(bars).isEqualTo(5036);
        c.text("start_time", "1995-01-03T00:00:00Z");
        c.text("end_time", "2014-12-31T00:00:00Z");
        c.number("start_equity", 2.117284);
        c.number("end_equity", 44.970001);

        // Total return and CAGR from the product of (1 + r).
        double growth = 1;
        for (double x : r) {
            growth *= 1 + x;
        }
        double totalReturn = growth - 1;
        double cagr = Math.pow(growth, PERIODS / n) - 1;
        c.number("total_return", totalReturn);
        c.number("cagr", cagr);

        // Volatility (ddof = 1), Sharpe, Sortino (downside deviation over all N returns), rf = 0.
        double mean = Arrays.stream(r).sum() / n;
        double ss = 0;
        double downside = 0;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double x : r) {
            double d = x - mean;
            ss += d * d;
            m2 += d * d / n;
            m3 += d * d * d / n;
            m4 += d * d * d * d / n;
            downside += Math.min(x, 0) * Math.min(x, 0);
        }
        double std = Math.sqrt(ss / (n - 1));
        double downsideDeviation = Math.sqrt(downside / n);
        c.number("annual_volatility", std * Math.sqrt(PERIODS));
        c.number("sharpe_ratio", mean / std * Math.sqrt(PERIODS));
        c.number("sortino_ratio", mean / downsideDeviation * Math.sqrt(PERIODS));

        // Maximum drawdown from the running peak of the closes.
        double peak = close[0];
        int peakAt = 0;
        double maxDd = 0;
        int ddPeak = 0;
        int ddTrough = 0;
        for (int i = 1; i < bars; i++) {
            if (close[i] >= peak) {
                peak = close[i];
                peakAt = i;
            } else if ((peak - close[i]) / peak > maxDd) {
                maxDd = (peak - close[i]) / peak;
                ddPeak = peakAt;
                ddTrough = i;
            }
        }
        int recovery = -1;
        for (int i = ddTrough + 1; i < bars && recovery < 0; i++) {
            if (close[i] >= close[ddPeak]) {
                recovery = i;
            }
        }
        assertThat(recovery).as("ORCL never regained its 2000 high by 2014").isEqualTo(-1);
        c.number("max_drawdown", maxDd);
        // 46.3125 close on 2000-09-01 to 7.32 on 2002-06-03.
        assertThat(maxDd).isCloseTo(1 - 7.32 / 46.3125, within(1e-12));
        c.text("max_drawdown_peak_time", data.dates().get(ddPeak) + "T00:00:00Z");
        c.text("max_drawdown_trough_time", data.dates().get(ddTrough) + "T00:00:00Z");
        assertThat(data.dates().get(ddPeak)).isEqualTo("2000-09-01");
        assertThat(data.dates().get(ddTrough)).isEqualTo("2002-06-03");
        c.nullValue("max_drawdown_recovery_time");
        c.integer("max_drawdown_duration_bars", n - ddPeak);
        c.number("max_drawdown_duration_days", (double) ChronoUnit.DAYS.between(
                LocalDate.parse(data.dates().get(ddPeak)), LocalDate.parse(data.dates().getLast())));
        c.number("calmar_ratio", cagr / maxDd);

        // Historical VaR / CVaR at 95%: numpy-style linear-interpolated 5th percentile of the returns.
        double[] sorted = r.clone();
        Arrays.sort(sorted);
        double h = (n - 1) * 0.05;
        int lo = (int) Math.floor(h);
        double q = sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
        double tail = 0;
        int tailCount = 0;
        for (double x : r) {
            if (x <= q) {
                tail += x;
                tailCount++;
            }
        }
        c.number("value_at_risk", -q);
        c.number("conditional_value_at_risk", -tail / tailCount);
        assertThat(tailCount).isEqualTo(252);

        // Biased skew and excess kurtosis.
        c.number("skew", m3 / Math.pow(m2, 1.5));
        c.number("excess_kurtosis", m4 / (m2 * m2) - 3);

        // Buy and hold: no trades, always in the market, no fees.
        c.integer("closed_trades", 0);
        for (String undefined : List.of("win_rate", "profit_factor", "average_win", "average_loss", "expectancy",
                "best_trade", "worst_trade")) {
            c.text(undefined, "NaN");
        }
        c.number("exposure", 1.0);
        c.number("turnover", 0.0);
        c.number("total_fees", 0.0);
        c.number("periods_per_year", 252.0);
        c.number("risk_free_rate_annual", 0.0);
        c.number("var_confidence", 0.95);

        c.allChecked();
    }

    @Test
    void riskFreeRateEntersSharpeAndSortino() throws IOException {
        Path file = SharedData.require(SharedData.ORCL);
        double[] close = OrclFile.read(file).closeValues();
        int n = close.length - 1;
        double rfPerBar = 0.02 / PERIODS;
        double sum = 0;
        for (int i = 1; i <= n; i++) {
            sum += close[i] / close[i - 1] - 1;
        }
        double mean = sum / n;
        double ss = 0;
        double downside = 0;
        for (int i = 1; i <= n; i++) {
            double r = close[i] / close[i - 1] - 1;
            ss += (r - mean) * (r - mean);
            downside += Math.min(r - rfPerBar, 0) * Math.min(r - rfPerBar, 0);
        }
        double sharpe = (mean - rfPerBar) / Math.sqrt(ss / (n - 1)) * Math.sqrt(PERIODS);
        double sortino = (mean - rfPerBar) / Math.sqrt(downside / n) * Math.sqrt(PERIODS);

        Cli run = Cli.run("metrics", "--data", file.toString(), "--risk-free", "2", "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode m = JSON.readTree(run.out()).get("ORCL.SIM");
        assertThat(m.get("risk_free_rate_annual").asDouble()).isEqualTo(0.02);
        assertThat(m.get("sharpe_ratio").asDouble()).isCloseTo(sharpe, relative(sharpe));
        assertThat(m.get("sortino_ratio").asDouble()).isCloseTo(sortino, relative(sortino));
    }

    @Test
    void alphaVantageFileThroughTheCli() throws IOException {
        Path file = SharedData.require(SharedData.AAPL_ALPHA_VANTAGE);
        List<String> lines = Files.readAllLines(file);
        double firstClose = Double.parseDouble(lines.get(1).split(",")[4]);
        double lastClose = Double.parseDouble(lines.getLast().split(",")[4]);

        Cli run = Cli.run("metrics", "--data", file.toString(), "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode m = JSON.readTree(run.out()).get("AAPL.SIM");
        assertThat(m).as(run.out()).isNotNull();
        assertThat(m.get("bars").asInt()).isEqualTo(5402);
        assertThat(m.get("start_time").asText()).isEqualTo("1999-11-01T00:00:00Z");
        assertThat(m.get("end_time").asText()).isEqualTo("2021-04-21T00:00:00Z");
        // Split-adjusted closes by default: 77.62 on 1999-11-01 over the later splits (2 x 2 x 7.00000700001 x 4).
        double factor = 2 * 2 * 7.00000700001 * 4;
        assertThat(m.get("start_equity").asDouble()).isCloseTo(firstClose / factor, within(1e-9));
        assertThat(m.get("periods_per_year").asDouble()).isEqualTo(252.0);
        // Holding it on an account's basis: the splits' shares and the cash dividends (not reinvested).
        Cli asTraded = Cli.run("metrics", "--data", file.toString(), "--json", "--splits", "as-traded");
        JsonNode quoted = JSON.readTree(asTraded.out()).get("AAPL.SIM");
        assertThat(quoted.get("start_equity").asDouble()).isEqualTo(77.62).isEqualTo(firstClose);
        assertThat(quoted.get("end_equity").asDouble()).isGreaterThan(lastClose * factor);
        assertThat(quoted.get("total_return").asDouble()).isCloseTo(m.get("total_return").asDouble(), within(1e-6));
        assertThat(m.get("total_return").asDouble()).isCloseTo(199.177, within(0.001));
    }

    @Test
    void alphaVantageAdjustedClose() throws IOException {
        Path file = SharedData.require(SharedData.AAPL_ALPHA_VANTAGE);
        List<String> lines = Files.readAllLines(file);
        double firstAdjusted = Double.parseDouble(lines.get(1).split(",")[5]);
        double lastAdjusted = Double.parseDouble(lines.getLast().split(",")[5]);

        Cli run = Cli.run("metrics", "--data", file.toString(), "--price-column", "adj-close", "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode m = JSON.readTree(run.out()).get("AAPL.SIM");
        // Fixed point keeps 9 decimals of the 12 written (0.596878742448).
        assertThat(m.get("start_equity").asDouble()).isCloseTo(firstAdjusted, within(1e-9));
        assertThat(m.get("end_equity").asDouble()).isCloseTo(lastAdjusted, within(1e-9));
    }

    @Test
    void backtraderIntradayFileThroughTheCli() throws IOException {
        Path file = SharedData.require(SharedData.INTRADAY_5M);
        List<String> lines = Files.readAllLines(file);
        double firstClose = Double.parseDouble(lines.get(1).split(",")[5]);
        double lastClose = Double.parseDouble(lines.getLast().split(",")[5]);

        Cli run = Cli.run("metrics", "--data", file.toString(), "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        // The instrument is named after the file, up to the first '-'.
        JsonNode m = JSON.readTree(run.out()).get("2006.SIM");
        assertThat(m).as(run.out()).isNotNull();
        assertThat(m.get("bars").asInt()).isEqualTo(2142);
        assertThat(m.get("start_time").asText()).isEqualTo("2006-01-02T09:05:00Z");
        assertThat(m.get("end_time").asText()).isEqualTo("2006-01-30T17:30:00Z");
        assertThat(m.get("start_equity").asDouble()).isEqualTo(3582.99).isEqualTo(firstClose);
        assertThat(m.get("end_equity").asDouble()).isEqualTo(3677.52).isEqualTo(lastClose);
        assertThat(m.get("total_return").asDouble()).isCloseTo(lastClose / firstClose - 1, relative(lastClose / firstClose - 1));
        // 5-minute bars annualise over 252 sessions of the file's own 102 bars (09:05 to 17:30), not 390 minutes.
        assertThat(m.get("periods_per_year").asDouble()).isEqualTo(252.0 * 102);
    }

    @Test
    void tableOutputNamesTheInstrumentAndBars() {
        Path file = SharedData.require(SharedData.ORCL);

        Cli run = Cli.run("metrics", "--data", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Buy and hold ORCL.SIM (5036 bars of 1d, close)")
                .containsPattern("Total return +2023\\.95%")
                .containsPattern("Max drawdown +84\\.19%");
    }

    private static Offset<Double> relative(double expected) {
        return within(Math.abs(expected) * REL);
    }

    /** Asserts fields of one metrics object and remembers which were checked. */
    private static final class Checked {
        private final JsonNode node;
        private final Set<String> checked = new LinkedHashSet<>();

        Checked(JsonNode node) {
            this.node = node;
        }

        private JsonNode field(String key) {
            assertThat(checked.add(key)).as("%s checked twice", key).isTrue();
            assertThat(node.has(key)).as("metric %s present", key).isTrue();
            return node.get(key);
        }

        void number(String key, double expected) {
            JsonNode v = field(key);
            assertThat(v.isNumber()).as("%s is a number: %s", key, v).isTrue();
            assertThat(v.asDouble()).as(key).isCloseTo(expected, within(Math.max(Math.abs(expected) * REL, 1e-15)));
        }

        void integer(String key, int expected) {
            JsonNode v = field(key);
            assertThat(v.isIntegralNumber()).as("%s is an integer: %s", key, v).isTrue();
            assertThat(v.asInt()).as(key).isEqualTo(expected);
        }

        void text(String key, String expected) {
            assertThat(field(key).asText()).as(key).isEqualTo(expected);
        }

        void nullValue(String key) {
            assertThat(field(key).isNull()).as("%s is null", key).isTrue();
        }

        /** Every metric in the JSON has been cross-checked. */
        void allChecked() {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            assertThat(checked).containsExactlyElementsOf(keys);
        }
    }
}
