package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wave backtest --spec}: a declarative strategy runs through the same kernel as its Java twin. */
class BacktestSpecCommandTest {
    private static final Path EXAMPLES = Path.of("../wave-spec/src/main/resources/wave/spec/examples");

    @Test
    void specTwinOfSmaCrossWritesTheSameFilesAsTheJavaStrategy(@TempDir Path dir) throws IOException {
        String orcl = SharedData.require(SharedData.ORCL).toString();
        Cli java = Cli.run("backtest", "--data", orcl, "--strategy", "sma-cross", "--fee-pct", "0.1", "--sizing", "fixed:100",
                "--out", dir.resolve("java").toString());
        Cli spec = Cli.run("backtest", "--data", orcl, "--spec", EXAMPLES.resolve("sma-cross.toml").toString(), "--fee-pct", "0.1",
                "--sizing", "fixed:100", "--out", dir.resolve("spec").toString());

        assertThat(java.exitCode()).as(java.toString()).isZero();
        assertThat(spec.exitCode()).as(spec.toString()).isZero();
        assertThat(spec.out()).contains("Final equity 102,302.33 USD (from 100,000.00), 195 fills, 97 closed trades");
        for (String file : new String[] {"trades.csv", "fills.csv", "equity.csv"}) {
            assertThat(Files.readAllBytes(dir.resolve("spec").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("java").resolve(file)));
        }
        assertThat(Files.readString(dir.resolve("spec/summary.json"))).contains("\"final_equity\" : 102302.3329537")
                .contains("\"spec\" : ");
    }

    @Test
    void invalidSpecIsOneLineNamingTheFileKeyAndValidTypes(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.toml");
        Files.writeString(bad, """
                name = "bad"
                [indicators]
                r = { type = "rsii", period = 14 }
                [entry.long]
                all = ["r > 30"]
                [exit.long]
                any = ["r < 20"]
                """);

        Cli run = Cli.run("backtest", "--data", SharedData.require(SharedData.ORCL).toString(), "--spec", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("wave: error: bad.toml: indicators.r.type: unknown indicator 'rsii'; valid types: ")
                .contains(" rsi,", " sma,", " supertrend,").doesNotContain("\n");
    }
}
