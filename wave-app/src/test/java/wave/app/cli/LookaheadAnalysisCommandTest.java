package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wave.strategies.BundledStrategies;

/** {@code wave lookahead-analysis} passes every bundled strategy and spec example and flags a peeking strategy. */
class LookaheadAnalysisCommandTest {
    private static final Path EXAMPLES = Path.of("../wave-spec/src/main/resources/wave/spec/examples");
    private static Path orcl;

    @BeforeAll
    static void data() {
        orcl = SharedData.require(SharedData.ORCL);
    }

    static List<String> bundled() {
        return BundledStrategies.names();
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void everyBundledStrategyPasses(String name) {
        Cli cli = name.endsWith("-ls")
                ? Cli.run("lookahead-analysis", "--data", orcl.toString(), "--strategy", name, "--allow-short")
                : Cli.run("lookahead-analysis", "--data", orcl.toString(), "--strategy", name);
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.out()).contains("Lookahead analysis of " + name + " on orcl-1995-2014.txt: 6 cuts")
                .containsPattern("Verdict: no lookahead found \\(\\d+ orders compared over 6 cuts\\)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everySpecExamplePasses(Path example) {
        Cli cli = example.getFileName().toString().contains("-ls.")
                ? Cli.run("lookahead-analysis", "--data", orcl.toString(), "--spec", example.toString(), "--cuts", "4", "--allow-short")
                : Cli.run("lookahead-analysis", "--data", orcl.toString(), "--spec", example.toString(), "--cuts", "4");
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.out()).contains("Verdict: no lookahead found");
    }

    @Test
    void aStrategyThatReadsTheNextBarIsFlaggedWithExitStatus1(@TempDir Path dir) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/com/example"));
        Files.writeString(src.resolve("Peek.java"), """
                package com.example;

                import java.util.Map;
                import java.util.TreeMap;
                import wave.domain.market.Bar;
                import wave.engine.strategy.Strategy;

                /** Cheats: keeps every close it saw in a static map, so a later run knows the next bar's close. */
                public final class Peek extends Strategy<Peek.Params> {
                    public record Params() {
                    }

                    private static final TreeMap<Long, Double> CLOSES = new TreeMap<>();

                    public Peek(Params params) {
                        super(params);
                    }

                    @Override
                    protected void onBar(Bar bar) {
                        CLOSES.put(bar.tsNanos(), bar.close());
                        Map.Entry<Long, Double> next = CLOSES.higherEntry(bar.tsNanos());
                        boolean rises = next != null && next.getValue() > bar.close();
                        if (rises && isFlat()) {
                            buy();
                        } else if (!rises && isLong()) {
                            closePosition();
                        }
                    }
                }
                """);
        Path classes = dir.resolve("classes");
        UserStrategyTest.compile(classes, src.resolve("Peek.java"));

        Cli cli = Cli.run("lookahead-analysis", "--data", orcl.toString(), "--strategy-class", "com.example.Peek",
                "--classpath", classes.toString(), "--sizing", "fixed:100");

        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(1);
        assertThat(cli.out()).contains("Verdict: LOOKAHEAD: what happened before the cut changed with the data after it at 6 of 6 cuts")
                .contains("     - orders placed: ");
    }

    @Test
    void tooManyCutsForTheDataIsAUsageError() {
        Cli cli = Cli.run("lookahead-analysis", "--data", orcl.toString(), "--strategy", "sma-cross", "--cuts", "100000");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("wave: error: too little data for 100000 cuts: ");
    }

    @Test
    void aStrategyIsRequired() {
        Cli cli = Cli.run("lookahead-analysis", "--data", orcl.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("Missing required argument");
    }
}
