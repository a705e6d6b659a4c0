package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code wave recursive-analysis} on ORCL: EMAs need more history than their warm-up, SMAs do not. */
class RecursiveAnalysisCommandTest {
    private static Path orcl;

    @BeforeAll
    static void data() {
        orcl = SharedData.require(SharedData.ORCL);
    }

    @Test
    void anEmaNeedsTheBarsAnIndependentComputationFindsAndAnSmaOnlyItsWarmUp() {
        Cli cli = Cli.run("recursive-analysis", "--data", orcl.toString(), "--strategy", "ema-cross",
                "--param", "fast=20", "--param", "slow=50", "--starts", "100,1000");
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        double[] closes = OrclFile.read(orcl).closeValues();
        String fast = row(cli, "Ema.value ");
        String slow = row(cli, "Ema#2.value ");
        assertThat(fast.split("\\s+")).startsWith("Ema.value", "20", Integer.toString(barsNeeded(closes, 20, 100)),
                Integer.toString(barsNeeded(closes, 20, 1000)));
        assertThat(slow.split("\\s+")).startsWith("Ema#2.value", "50", Integer.toString(barsNeeded(closes, 50, 100)));
        assertThat(barsNeeded(closes, 20, 100)).as("EMA(20) converges slowly").isGreaterThan(100);
        assertThat(cli.out()).contains("Verdict: Ema.value, Ema#2.value need more history than their warm-up");

        Cli sma = Cli.run("recursive-analysis", "--data", orcl.toString(), "--strategy", "sma-cross");
        assertThat(sma.exitCode()).as(sma.toString()).isZero();
        assertThat(row(sma, "Sma.value ").split("\\s+")).startsWith("Sma.value", "10", "10", "10", "10", "10");
        assertThat(sma.out()).contains("Verdict: every indicator agrees with the whole history once warmed up");
    }

    @Test
    void aSpecReportsItsIndicatorsByNameWithTheJavaTwinsNumbers() {
        String[] common = {"--data", orcl.toString(), "--param", "fast=20", "--param", "slow=50", "--starts", "100,1000"};
        Cli java = Cli.run(concat(new String[] {"recursive-analysis", "--strategy", "ema-cross"}, common));
        Cli spec = Cli.run(concat(new String[] {"recursive-analysis", "--spec",
                "../wave-spec/src/main/resources/wave/spec/examples/ema-cross.toml"}, common));
        assertThat(spec.exitCode()).as(spec.toString()).isZero();
        assertThat(columns(row(spec, "fast_ema "))).isEqualTo(columns(row(java, "Ema.value ")));
        assertThat(columns(row(spec, "slow_ema "))).isEqualTo(columns(row(java, "Ema#2.value ")));
        assertThat(spec.out()).contains("Verdict: fast_ema, slow_ema need more history than their warm-up");
    }

    @Test
    void startsOutsideTheDataAndPortfolioStrategiesAreUsageErrors() {
        Cli late = Cli.run("recursive-analysis", "--data", orcl.toString(), "--strategy", "ema-cross", "--starts", "999999");
        assertThat(late.exitCode()).isEqualTo(2);
        assertThat(late.err()).contains("wave: error: start bar 999999 is outside 1..");
        Cli portfolio = Cli.run("recursive-analysis", "--data", orcl.toString(), "--strategy", "equal-weight-monthly");
        assertThat(portfolio.exitCode()).isEqualTo(2);
        assertThat(portfolio.err()).contains("is a portfolio strategy");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A row's figures, without its name. */
    private static List<String> columns(String row) {
        List<String> cells = List.of(row.split("\\s+"));
        return cells.subList(1, cells.size());
    }

    private static String row(Cli cli, String prefix) {
        return cli.out().lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError(cli));
    }

    /**
     * TA-Lib's EMA (seeded with the simple average of the first {@code period} closes) from bar 0 and from bar
     * {@code start}: the bars fed from {@code start} until the two agree within 1e-9 relative to the end.
     */
    private static int barsNeeded(double[] closes, int period, int start) {
        double[] full = ema(closes, period, 0);
        double[] later = ema(closes, period, start);
        int lastBad = -1;
        for (int i = start + period - 1; i < closes.length; i++) {
            if (Math.abs(later[i] - full[i]) / Math.abs(full[i]) > 1e-9) {
                lastBad = i;
            }
        }
        return lastBad < 0 ? period : lastBad + 2 - start;
    }

    private static double[] ema(double[] x, int period, int from) {
        double[] out = new double[x.length];
        Arrays.fill(out, Double.NaN);
        double sum = 0;
        for (int i = from; i < from + period; i++) {
            sum += x[i];
        }
        double k = 2.0 / (period + 1);
        out[from + period - 1] = sum / period;
        for (int i = from + period; i < x.length; i++) {
            out[i] = (x[i] - out[i - 1]) * k + out[i - 1];
        }
        return out;
    }
}
