package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User strategies run without editing Wave: a class on --classpath, a ServiceLoader plugin, and the templates. */
class UserStrategyTest {
    private static Path orcl;

    @BeforeAll
    static void data() {
        orcl = SharedData.require(SharedData.ORCL);
    }

    /** Compiles sources against the test class path (Wave's modules) into {@code classes}. */
    static void compile(Path classes, Path... sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                "--release", "25", "-proc:none"));
        for (Path source : sources) {
            args.add(source.toString());
        }
        assertThat(compiler.run(null, null, null, args.toArray(String[]::new))).as("javac exit status").isZero();
    }

    static Path jar(Path classes, Path jarFile) throws IOException {
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(jarFile)); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, jar);
                jar.closeEntry();
            }
        }
        return jarFile;
    }

    static List<String> summary(Cli cli) {
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        // the strategy's own name differs; every figure must not
        return cli.out().lines().filter(l -> !l.startsWith("Strategy") && !l.contains("sma-cross") && !l.contains("my-cross")
                && !l.contains("MyCross")).toList();
    }

    @Test
    void aGeneratedJavaStrategyCompiledIntoItsOwnJarRunsWithTheBundledSmaCrossFigures(@TempDir Path dir) throws IOException {
        Cli generated = Cli.run("new-strategy", "my-cross", "--package", "com.example", "--out", dir.toString());
        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        Path source = dir.resolve("MyCross.java");
        assertThat(generated.out()).contains("Wrote " + source);
        Path classes = dir.resolve("classes");
        compile(classes, source);
        Path jar = jar(classes, dir.resolve("my-cross.jar"));

        Cli user = Cli.run("backtest", "--data", orcl.toString(), "--strategy-class", "com.example.MyCross",
                "--classpath", jar.toString(), "--param", "fast=10", "--param", "slow=30", "--fee-pct", "0.1");
        Cli bundled = Cli.run("backtest", "--data", orcl.toString(), "--strategy", "sma-cross",
                "--param", "fast=10", "--param", "slow=30", "--fee-pct", "0.1");

        assertThat(summary(user)).isEqualTo(summary(bundled)).anyMatch(l -> l.startsWith("Final equity"));
        assertThat(user.out()).contains("my-cross");
    }

    @Test
    void aStrategyProviderPluginInAJarIsListedAndRunsByName(@TempDir Path dir) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/com/example"));
        Files.writeString(src.resolve("Doubler.java"), """
                package com.example;

                import wave.domain.market.Bar;
                import wave.engine.strategy.Default;
                import wave.engine.strategy.Strategy;

                public final class Doubler extends Strategy<Doubler.Params> {
                    public record Params(@Default("5") int holdBars) {
                    }

                    private int bars;

                    public Doubler(Params params) {
                        super(params);
                    }

                    @Override
                    protected void onBar(Bar bar) {
                        if (++bars == 1) {
                            buy();
                        } else if (bars == 1 + params().holdBars()) {
                            closePosition();
                            bars = 0;
                        }
                    }
                }
                """);
        Files.writeString(src.resolve("Plugin.java"), """
                package com.example;

                import java.util.List;
                import wave.engine.strategy.StrategyDefinition;
                import wave.engine.strategy.StrategyProvider;

                public final class Plugin implements StrategyProvider {
                    @Override
                    public List<StrategyDefinition<?>> strategies() {
                        return List.of(new StrategyDefinition<>("hold-n", "buy, hold n bars, sell, repeat",
                                Doubler.Params.class, Doubler::new));
                    }
                }
                """);
        Path classes = dir.resolve("classes");
        compile(classes, src.resolve("Doubler.java"), src.resolve("Plugin.java"));
        Path services = Files.createDirectories(classes.resolve("META-INF/services"));
        Files.writeString(services.resolve("wave.engine.strategy.StrategyProvider"), "com.example.Plugin\n");
        Path plugin = jar(classes, dir.resolve("plugin.jar"));

        Cli listed = Cli.run("strategies", "--classpath", plugin.toString());
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).contains("hold-n - buy, hold n bars, sell, repeat", "sma-cross - ");

        Cli run = Cli.run("backtest", "--data", orcl.toString(), "--strategy", "hold-n", "--param", "holdBars=20",
                "--classpath", plugin.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("hold-n");
        assertThat(run.out().lines().filter(l -> l.startsWith("Closed trades")).findFirst().orElseThrow())
                .matches("Closed trades\\s+[1-9][0-9]*");
    }

    @Test
    void aGeneratedSpecRunsAsItIs(@TempDir Path dir) {
        Cli generated = Cli.run("new-strategy", "MyRsiDips", "--spec", "--out", dir.toString());
        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        Path spec = dir.resolve("my-rsi-dips.toml");
        assertThat(spec).exists();

        Cli run = Cli.run("backtest", "--data", orcl.toString(), "--spec", spec.toString(), "--param", "rsi_period=10");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("my-rsi-dips");
    }

    @Test
    void clearErrorsForAMissingClassAClassThatIsNoStrategyAndAnExistingFile(@TempDir Path dir) throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Cli missing = Cli.run("backtest", "--data", orcl.toString(), "--strategy-class", "com.example.Nope",
                "--classpath", classes.toString());
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).contains("strategy class com.example.Nope not found on --classpath");

        Cli notStrategy = Cli.run("backtest", "--data", orcl.toString(), "--strategy-class", "java.lang.String");
        assertThat(notStrategy.err()).contains("java.lang.String is not a strategy: it must extend wave.engine.strategy.Strategy");

        Cli noPath = Cli.run("strategies", "--classpath", dir.resolve("nothing.jar").toString());
        assertThat(noPath.err()).contains("--classpath " + dir.resolve("nothing.jar") + ": no such jar or directory");

        assertThat(Cli.run("new-strategy", "twice", "--out", dir.toString()).exitCode()).isZero();
        Cli twice = Cli.run("new-strategy", "twice", "--out", dir.toString());
        assertThat(twice.err()).contains(dir.resolve("Twice.java") + " already exists");
        assertThat(Cli.run("new-strategy", "9lives").err()).contains("strategy name '9lives' must start with a letter");
    }

    @Test
    void namesBecomeClassAndSpecNames() {
        assertThat(NewStrategyCommand.className("my-cross")).isEqualTo("MyCross");
        assertThat(NewStrategyCommand.className("MyCross")).isEqualTo("MyCross");
        assertThat(NewStrategyCommand.kebab("MyRsiDips")).isEqualTo("my-rsi-dips");
        assertThat(NewStrategyCommand.kebab("my-cross")).isEqualTo("my-cross");
    }
}
