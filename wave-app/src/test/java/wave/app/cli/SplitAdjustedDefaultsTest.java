package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.data.csv.LoadOptions;
import wave.domain.market.BarSeries;
import wave.indicators.average.Sma;

/**
 * Alpha Vantage files carry split coefficients: by default a split never moves an indicator or triggers a trade, and
 * the strategy, the benchmark and {@code wave metrics} share one basis (splits and cash dividends as an account gets
 * them).
 */
class SplitAdjustedDefaultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAME = "DA-AAPL-T-2021-04-21.csv";

    @TempDir
    Path dir;

    private Path raw;
    private Path adjusted;
    private List<String> rows;

    @BeforeEach
    void files() throws IOException {
        Path source = SharedData.require(SharedData.AAPL_ALPHA_VANTAGE);
        raw = Files.createDirectories(dir.resolve("raw")).resolve(NAME);
        Files.copy(source, raw);
        rows = Files.readAllLines(source);
        adjusted = Files.createDirectories(dir.resolve("adjusted")).resolve(NAME);
        Files.write(adjusted, splitAdjusted(rows));
    }

    @Test
    void theIndicatorsSeeTheSplitAdjustedSeries() throws IOException {
        BarSeries loaded = SeriesLoader.load(List.of(raw), LoadOptions.defaults(), new PrintWriter(new StringWriter())).getFirst();
        double[] expected = adjustedCloses(rows);

        for (int period : new int[]{10, 30}) {
            double[] wave = Sma.compute(loaded.closes(), period);
            double[] reference = plainSma(expected, period);
            for (int i = period - 1; i < expected.length; i++) {
                assertThat(wave[i]).as("SMA(%d) at row %d", period, i + 2).isCloseTo(reference[i], within(1e-9));
            }
        }
    }

    @Test
    void smaCrossTradesAsOnTheAdjustedSeriesAndNeverOnASplitAlone() throws IOException {
        Path rawOut = dir.resolve("out-raw");
        Path adjustedOut = dir.resolve("out-adjusted");
        Path tradedOut = dir.resolve("out-as-traded");

        Cli onRaw = Cli.run("backtest", "--data", raw.toString(), "--strategy", "sma-cross", "--out", rawOut.toString(), "--no-record");
        Cli onAdjusted = Cli.run("backtest", "--data", adjusted.toString(), "--strategy", "sma-cross", "--out", adjustedOut.toString(),
                "--no-record");
        Cli asTraded = Cli.run("backtest", "--data", raw.toString(), "--strategy", "sma-cross", "--splits", "as-traded",
                "--out", tradedOut.toString(), "--no-record");

        assertThat(onRaw.exitCode()).as(onRaw.toString()).isZero();
        assertThat(onAdjusted.exitCode()).as(onAdjusted.toString()).isZero();
        assertThat(onRaw.err()).contains("AAPL.SIM: prices and volumes adjusted for 4 splits");
        assertThat(Files.readAllLines(rawOut.resolve("trades.csv"))).hasSizeGreaterThan(50)
                .isEqualTo(Files.readAllLines(adjustedOut.resolve("trades.csv")));
        assertThat(Files.readAllLines(rawOut.resolve("fills.csv"))).isEqualTo(Files.readAllLines(adjustedOut.resolve("fills.csv")));
        // As traded, the 7-for-1 split of 2014-06-09 drops the close below the slow SMA: a sale the next day.
        assertThat(exitDates(tradedOut)).contains("2014-06-10");
        assertThat(exitDates(rawOut)).doesNotContain("2014-06-10");
    }

    @Test
    void strategyBenchmarkAndMetricsShareOneBasis() throws IOException {
        Path out = dir.resolve("out");
        Cli backtest = Cli.run("backtest", "--data", raw.toString(), "--strategy", "buy-and-hold", "--out", out.toString(),
                "--no-record");
        Cli metrics = Cli.run("metrics", "--data", raw.toString(), "--json");

        assertThat(backtest.exitCode()).as(backtest.toString()).isZero();
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        JsonNode strategy = summary.get("metrics");
        JsonNode benchmark = summary.get("benchmark_buy_and_hold").get("AAPL.SIM");
        JsonNode alone = JSON.readTree(metrics.out()).get("AAPL.SIM");
        // Before: 19,819% for the strategy and 71.99% for the benchmark on raw closes.
        assertThat(benchmark.get("total_return").asDouble()).isCloseTo(199.177, within(0.001));
        assertThat(alone.get("total_return").asDouble()).isEqualTo(benchmark.get("total_return").asDouble());
        assertThat(strategy.get("cagr").asDouble()).isCloseTo(benchmark.get("cagr").asDouble(), within(0.001));
        // The strategy buys at the next open (78.00) where the benchmark starts from the first close (77.62).
        double entryRatio = 77.62 / 78.00;
        assertThat(1 + strategy.get("total_return").asDouble())
                .isCloseTo((1 + benchmark.get("total_return").asDouble()) * entryRatio, within(0.002 * 200));
    }

    @Test
    void enteringWhereTheBenchmarkStartsTheBuyAndHoldEarnsTheBenchmarksReturn() throws IOException {
        Path out = dir.resolve("same-entry");
        // At the first close (the benchmark's start) in fractional shares, no fees: the same holding as the benchmark.
        Cli backtest = Cli.run("backtest", "--data", raw.toString(), "--strategy", "buy-and-hold", "--fill-at-signal-close",
                "--lot-size", "0.000001", "--out", out.toString(), "--no-record");

        assertThat(backtest.exitCode()).as(backtest.toString()).isZero();
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        double strategy = summary.get("metrics").get("total_return").asDouble();
        double benchmark = summary.get("benchmark_buy_and_hold").get("AAPL.SIM").get("total_return").asDouble();
        // Within 0.1 percentage points (of a total return near 19,918%).
        assertThat(strategy).isCloseTo(benchmark, within(0.001)).isCloseTo(199.177, within(0.001));
    }

    private static List<String> exitDates(Path out) throws IOException {
        List<String> dates = new ArrayList<>();
        List<String> lines = Files.readAllLines(out.resolve("trades.csv"));
        for (String line : lines.subList(1, lines.size())) {
            dates.add(line.split(",")[3]);
        }
        return dates;
    }

    /**
     * The file with each price divided by the product of the split coefficients of the later rows (half-even to nine
     * decimals), volumes multiplied by it, dividends divided by it and every split coefficient 1.
     */
    private static List<String> splitAdjusted(List<String> rows) {
        BigDecimal[] factors = factors(rows);
        List<String> out = new ArrayList<>();
        out.add(rows.getFirst());
        for (int i = 1; i < rows.size(); i++) {
            String[] f = rows.get(i).split(",");
            BigDecimal factor = factors[i];
            out.add(String.join(",", f[0], div(f[1], factor), div(f[2], factor), div(f[3], factor), div(f[4], factor), f[5],
                    Double.toString(Double.parseDouble(f[6]) * factor.doubleValue()), div(f[7], factor), "1.0"));
        }
        return out;
    }

    private static double[] adjustedCloses(List<String> rows) {
        BigDecimal[] factors = factors(rows);
        double[] closes = new double[rows.size() - 1];
        for (int i = 1; i < rows.size(); i++) {
            closes[i - 1] = Double.parseDouble(div(rows.get(i).split(",")[4], factors[i]));
        }
        return closes;
    }

    private static BigDecimal[] factors(List<String> rows) {
        BigDecimal[] factors = new BigDecimal[rows.size()];
        BigDecimal factor = BigDecimal.ONE;
        for (int i = rows.size() - 1; i >= 1; i--) {
            factors[i] = factor;
            // As fixed point holds it (nine decimals): the 7-for-1 of 2014 is written 7.00000700001.
            factor = factor.multiply(new BigDecimal(rows.get(i).split(",")[8]).setScale(9, RoundingMode.HALF_EVEN));
        }
        return factors;
    }

    private static String div(String value, BigDecimal factor) {
        return new BigDecimal(value).divide(factor, 9, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static double[] plainSma(double[] x, int period) {
        double[] out = new double[x.length];
        for (int i = period - 1; i < x.length; i++) {
            double sum = 0;
            for (int j = i - period + 1; j <= i; j++) {
                sum += x[j];
            }
            out[i] = sum / period;
        }
        return out;
    }
}
