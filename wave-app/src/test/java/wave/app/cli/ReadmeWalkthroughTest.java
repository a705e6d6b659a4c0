package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import wave.llm.FakeLlmServer;

/**
 * Every command of the README's quick start and "Using the command line" block (except {@code wave bench}, a
 * benchmark) runs as a new user would type it, in order, in a fresh home, and produces trades or output: no example ends in 0 fills. A README
 * command without a walkthrough step fails the test, so the two stay together. The {@code wave llm} commands ask a
 * model on loopback that speaks Ollama's API.
 */
class ReadmeWalkthroughTest {
    @RegisterExtension
    static final PostgresStore DB = new PostgresStore("walkthrough");

    private static final Pattern FILLS = Pattern.compile("(\\d+) fills");

    /** The model of the {@code wave llm} steps: Ollama's native API on loopback, holding every instrument. */
    private static FakeLlmServer LLM;

    @BeforeAll
    static void startModel() throws IOException {
        LLM = new FakeLlmServer(FakeLlmServer.Protocol.OLLAMA).respondWith(request -> "{\"action\":\"HOLD\","
                + "\"confidence\":0.5,\"horizon\":\"5d\",\"risk_level\":\"low\",\"rationale\":\"Walkthrough answer.\","
                + "\"key_factors\":[]}");
    }

    @AfterAll
    static void stopModel() {
        LLM.close();
    }

    @TempDir
    Path dir;

    private Path home;

    @Test
    void everyReadmeCommandProducesTradesOrOutput() throws IOException, InterruptedException {
        home = dir.resolve("home");
        Map<String, Step> steps = steps();

        assertThat(steps.keySet()).containsExactlyInAnyOrderElementsOf(readmeCommands());
        CompletableFuture<Cli> background = null;
        for (Map.Entry<String, Step> step : steps.entrySet()) {
            if (step.getValue().background()) {
                background = startInBackground(step.getValue().args());
                continue;
            }
            Cli run = Cli.run(step.getValue().args().toArray(String[]::new));
            assertThat(run.exitCode()).as(step.getKey() + "\n" + run).isZero();
            step.getValue().check().accept(run);
        }
        // the session started in the background ('... &') ended with 'wave stop'
        assertThat(background).isNotNull();
        Cli stopped = background.join();
        assertThat(stopped.exitCode()).as(stopped.toString()).isZero();
        assertThat(stopped.out()).contains("Stopped by ", "Journal: session live, ");
    }

    /** Runs a command that lasts until it is stopped ({@code wave paper ... &}) and waits until its control endpoint is up. */
    private CompletableFuture<Cli> startInBackground(List<String> args) throws InterruptedException {
        CompletableFuture<Cli> run = CompletableFuture.supplyAsync(() -> Cli.run(args.toArray(String[]::new)));
        Path control = home.resolve("paper/live/control.properties");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(control) && !run.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(control).as(run.isDone() ? run.join().toString() : "no control endpoint after 60 s").exists();
        return run;
    }

    /**
     * The README's commands, from its start to the end of the "Using the command line" block: each {@code ./wave} line
     * (continuations joined) without its comment. (Running your own strategy class, shown after it, needs javac:
     * {@code UserStrategyTest} walks it.)
     */
    private static List<String> readmeCommands() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
        int usage = lines.indexOf("## Using the command line");
        int end = lines.subList(usage + 2, lines.size()).indexOf("```") + usage + 2;
        List<String> commands = new ArrayList<>();
        String pending = null;
        for (String line : lines.subList(0, end)) {
            String text = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            text = text.strip();
            if (pending != null) {
                text = pending + " " + text;
                pending = null;
            } else if (!text.startsWith("./wave ")) {
                continue;
            }
            if (text.endsWith("\\")) {
                pending = text.substring(0, text.length() - 1).strip();
                continue;
            }
            String command = text.replaceAll("\\s+", " ");
            if (!command.equals("./wave bench")) {
                commands.add(command);
            }
        }
        return commands;
    }

    private Map<String, Step> steps() throws IOException {
        String orcl = data("backtrader/orcl-1995-2014.txt");
        Path synth = dir.resolve("synth");
        Path spec = dir.resolve("my-strategy.toml");
        Files.copy(Path.of("..", "wave-spec/src/main/resources/wave/spec/examples/rsi-trend.toml"), spec);
        Path runToml = dir.resolve("run.toml");
        Files.writeString(runToml, "[data]\npath = \"" + orcl.replace("\\", "\\\\") + "\"\n[strategy]\nname = \"sma-cross\"\n");
        Map<String, Step> steps = new LinkedHashMap<>();
        steps.put("./wave demo", step(ReadmeWalkthroughTest::fills, "demo", "--home", home()));
        steps.put("./wave data synth --out DIR --symbols AAA,BBB --bars 2520 --bar 1d --seed 7",
                step(run -> assertThat(synth.resolve("AAA.csv")).isNotEmptyFile(),
                        "data", "synth", "--out", synth.toString(), "--symbols", "AAA,BBB", "--bars", "2520", "--bar", "1d", "--seed", "7"));
        steps.put("./wave strategies", step(run -> assertThat(run.out()).contains("sma-cross", "momentum-12-1"), "strategies"));
        steps.put("./wave new-strategy my-cross [--spec] [--out DIR]",
                step(run -> assertThat(dir.resolve("src/MyCross.java")).isNotEmptyFile(),
                        "new-strategy", "my-cross", "--out", dir.resolve("src").toString()));
        steps.put("./wave backtest --data ../shared/data/backtrader/orcl-1995-2014.txt --strategy sma-cross --param fast=10 "
                + "--param slow=30 --cash 100000 --fee-pct 0.1 --sizing all-in --out out/orcl", backtest("--data", orcl,
                "--strategy", "sma-cross", "--param", "fast=10", "--param", "slow=30", "--cash", "100000", "--fee-pct", "0.1",
                "--sizing", "all-in", "--out", out("orcl")));
        steps.put("./wave backtest --data DIR --strategy rsi-reversion --sizing percent:20",
                backtest("--data", synth.toString(), "--strategy", "rsi-reversion", "--sizing", "percent:20"));
        steps.put("./wave backtest --data ../shared/data/sp500_alphavantage --strategy momentum-12-1 --price-column adj-close "
                + "--out out/sp", backtest("--data", SharedData.require(SharedData.AAPL_ALPHA_VANTAGE).getParent().toString(), "--strategy", "momentum-12-1",
                "--price-column", "adj-close", "--out", out("sp")));
        steps.put("./wave backtest --data FILE --spec my-strategy.toml --param rsi_period=10",
                backtest("--data", orcl, "--spec", spec.toString(), "--param", "rsi_period=10"));
        steps.put("./wave backtest --data ../shared/data/sp500_alphavantage --strategy sma-cross --strategy momentum-12-1 "
                + "--budget sma-cross=40% --budget momentum-12-1=50000 --price-column adj-close --out out/two", new Step(List.of(
                "backtest", "--data", SharedData.require(SharedData.AAPL_ALPHA_VANTAGE).getParent().toString(), "--strategy",
                "sma-cross", "--strategy", "momentum-12-1", "--budget", "sma-cross=40%", "--budget", "momentum-12-1=50000",
                "--price-column", "adj-close", "--out", out("two"), "--home", home()), run -> {
                    fills(run);
                    assertThat(run.out()).contains("sma-cross            40% of equity", "momentum-12-1        50000");
                    assertThat(Path.of(out("two/strategy_equity.csv"))).isNotEmptyFile();
                }));
        steps.put("./wave backtest --data FILE --strategy sma-cross-ls --allow-short --margin 0.5/0.25 --borrow-rate 3.6",
                backtest("--data", orcl, "--strategy", "sma-cross-ls", "--allow-short", "--margin", "0.5/0.25", "--borrow-rate", "3.6"));
        steps.put("./wave backtest --data FILE --strategy sma-cross --latency-bars 1 --max-volume-pct 10 --slippage bps:5",
                backtest("--data", orcl, "--strategy", "sma-cross", "--latency-bars", "1", "--max-volume-pct", "10",
                        "--slippage", "bps:5"));
        steps.put("./wave backtest --data FILE --strategy sma-cross --from 2005-01-03 --to 2010-12-31",
                backtest("--data", orcl, "--strategy", "sma-cross", "--from", "2005-01-03", "--to", "2010-12-31"));
        steps.put("./wave backtest --data ../shared/data/sp500_alphavantage/DA-AAPL-T-2021-04-21.csv --strategy sma-cross "
                + "--splits as-traded", backtest("--data", data("sp500_alphavantage/DA-AAPL-T-2021-04-21.csv"),
                "--strategy", "sma-cross", "--splits", "as-traded"));
        steps.put("./wave backtest --data AAPL=FILE --strategy sma-cross", backtest("--data",
                "AAPL=" + SharedData.require(SharedData.AAPL_ALPHA_VANTAGE), "--strategy", "sma-cross"));
        steps.put("./wave backtest --data FILE --columns date=Tag,close=Schluss,... --date-format dd/MM/yyyy --time-zone "
                + "Europe/Berlin --strategy sma-cross", backtest("--data", germanCsv(orcl).toString(), "--columns",
                "date=Tag,open=Eroeffnung,high=Hoch,low=Tief,close=Schluss,volume=Volumen", "--date-format", "dd/MM/yyyy",
                "--time-zone", "Europe/Berlin", "--strategy", "sma-cross"));
        steps.put("./wave backtest --data ../shared/data/pypfopt/stock_prices.csv --strategy sma-cross --sizing percent:5",
                backtest("--data", data("pypfopt/stock_prices.csv"), "--strategy", "sma-cross", "--sizing", "percent:5"));
        steps.put("./wave backtest --data DIR --strategy sma-cross --sizing percent:1.9 --risk conservative",
                backtest("--data", SharedData.require(SharedData.AAPL_ALPHA_VANTAGE).getParent().toString(), "--strategy",
                        "sma-cross", "--sizing", "percent:1.9", "--risk", "conservative"));
        steps.put("./wave backtest --config run.toml --fee-pct 0.2", backtest("--config", runToml.toString(), "--fee-pct", "0.2"));
        steps.put("./wave config check [FILE]", step(run -> assertThat(run.out()).contains("OK"),
                "config", "check", runToml.toString()));
        steps.put("./wave config show [FILE] [--flag ...]", step(run -> assertThat(run.out()).contains("cash = 5000"),
                "config", "show", runToml.toString(), "--cash", "5000"));
        Path llmToml = dir.resolve("llm.toml");
        Files.writeString(llmToml, "[llm.providers.local]\nkind = \"ollama\"\nmodel = \"llama3.1:8b\"\nbase_url = \""
                + LLM.baseUrl() + "\"\n");
        steps.put("./wave llm check [--config FILE]", step(run -> assertThat(run.out()).contains("local: ollama llama3.1:8b", "  OK in "),
                "llm", "check", "--config", llmToml.toString()));
        steps.put("./wave llm advise --data FILE --at 2014-06-30", step(run -> assertThat(run.out())
                        .contains(" as of 2014-06-30 (20 bars", "HOLD, confidence 0.5", "Rationale: Walkthrough answer.", "Recorded as "),
                "llm", "advise", "--data", orcl, "--at", "2014-06-30", "--config", llmToml.toString(), "--home", home()));
        steps.put("./wave metrics --data ../shared/data/backtrader/orcl-1995-2014.txt --json",
                step(run -> assertThat(run.out()).contains("\"total_return\""), "metrics", "--data", orcl, "--json"));
        steps.put("./wave metrics --data FILE --periods-per-year 365",
                step(run -> assertThat(run.out()).contains("Periods per year", "365"), "metrics", "--data", orcl,
                        "--periods-per-year", "365"));
        steps.put("./wave indicators [NAME...]", step(run -> assertThat(run.out()).contains("rsi"), "indicators", "rsi"));
        steps.put("./wave indicator --data ../shared/data/backtrader/orcl-1995-2014.txt --name macd --out out/macd.csv",
                step(run -> assertThat(lines(out("macd.csv"))).hasSize(5037),
                        "indicator", "--data", orcl, "--name", "macd", "--out", out("macd.csv")));
        steps.put("./wave indicator --data FILE --name ema --param period=5 --of rsi --of-param period=14",
                step(run -> assertThat(run.out().lines().count()).isEqualTo(5037), "indicator", "--data", orcl, "--name", "ema",
                        "--param", "period=5", "--of", "rsi", "--of-param", "period=14"));
        steps.put("./wave data validate FILE... [--policy fail|drop|repair] [--calendar nyse]",
                step(run -> assertThat(run.out()).contains("orcl-1995-2014.txt"), "data", "validate", orcl));
        steps.put("./wave data resample FILE --to 5m [--calendar nyse|24/7] --out FILE.csv",
                step(run -> assertThat(lines(out("5m.csv")).size()).isGreaterThan(50),
                        "data", "resample", data("backtrader/2006-01-02-volume-min-001.txt"), "--to", "5m", "--out", out("5m.csv")));
        steps.put("./wave data import FILE|DIR [--symbol ORCL]", step(run -> assertThat(run.out()).contains("store:ORCL"),
                "data", "import", orcl, "--symbol", "ORCL", "--home", home()));
        steps.put("./wave backtest --data store:ORCL --strategy sma-cross", backtest("--data", "store:ORCL", "--strategy", "sma-cross"));
        steps.put("./wave paper --strategy sma-cross --feed replay:FILE --speed max --session demo", step(ReadmeWalkthroughTest::fills,
                "paper", "--strategy", "sma-cross", "--feed", "replay:" + synth.resolve("AAA.csv"), "--speed", "max", "--session", "demo",
                "--home", home()));
        steps.put("./wave paper --strategy sma-cross --feed synthetic --session live &", new Step(List.of("paper", "--strategy", "sma-cross",
                "--feed", "synthetic", "--session", "live", "--home", home()), run -> { }, true));
        steps.put("./wave status --session live", step(run -> assertThat(run.out()).startsWith("Paper session live").contains("Trading: running"),
                "status", "--session", "live", "--home", home()));
        steps.put("./wave kill --session live", step(run -> assertThat(run.out()).startsWith("Kill switch: trading halted by operator"),
                "kill", "--session", "live", "--home", home()));
        steps.put("./wave reset --session live", step(run -> assertThat(run.out()).startsWith("Trading running in paper session live"),
                "reset", "--session", "live", "--home", home()));
        steps.put("./wave cancel-all --session live", step(run -> assertThat(run.out()).startsWith("Canceled "),
                "cancel-all", "--session", "live", "--home", home()));
        steps.put("./wave stop --session live", step(run -> assertThat(run.out()).startsWith("Paper session live stopped after "),
                "stop", "--session", "live", "--home", home()));
        steps.put("./wave audit verify", step(run -> assertThat(run.out()).startsWith("session demo: ").contains("records, chain intact"),
                "audit", "verify", "--home", home()));
        steps.put("./wave lookahead-analysis --data FILE --strategy sma-cross [--cuts 6]",
                step(run -> assertThat(run.out()).isNotBlank(), "lookahead-analysis", "--data", orcl, "--strategy", "sma-cross"));
        steps.put("./wave recursive-analysis --data FILE --strategy ema-cross [--starts 100,500]",
                step(run -> assertThat(run.out()).isNotBlank(), "recursive-analysis", "--data", orcl, "--strategy", "ema-cross",
                        "--starts", "500"));
        steps.put("./wave runs list", step(run -> assertThat(run.out().lines().count()).isGreaterThan(8), "runs", "list", "--home", home()));
        steps.put("./wave runs show 7", step(run -> assertThat(run.out()).contains("sma-cross"), "runs", "show", "7", "--home", home()));
        steps.put("./wave runs show last --equity", step(run -> assertThat(run.out().lines().count()).isGreaterThan(1000),
                "runs", "show", "last", "--equity", "--home", home()));
        steps.put("./wave runs compare 7 8 --html out/compare.html",
                step(run -> assertThat(Path.of(out("compare.html"))).isNotEmptyFile(),
                        "runs", "compare", "7", "8", "--html", out("compare.html"), "--home", home()));
        steps.put("./wave stats last", step(run -> assertThat(run.out()).contains("mean_return", "deflated_sharpe", "bootstrap_sharpe"),
                "stats", "last", "--home", home()));
        steps.put("./wave stats 7 --monte-carlo 10000 --seed 7 --ruin-loss 0.3",
                step(run -> assertThat(run.out()).contains("monte_carlo_block_bootstrap", "ruin_loss 0.3000"),
                        "stats", "7", "--monte-carlo", "10000", "--seed", "7", "--ruin-loss", "0.3", "--home", home()));
        steps.put("./wave runs rm 7", step(run -> assertThat(run.out()).contains("7"), "runs", "rm", "7", "--home", home()));
        steps.put("./wave report out/orcl", step(run -> assertThat(Path.of(out("orcl/tearsheet.html"))).isNotEmptyFile(),
                "report", out("orcl"), "--home", home()));
        steps.put("./wave report last --out out/last.html", step(run -> assertThat(Path.of(out("last.html"))).isNotEmptyFile(),
                "report", "last", "--out", out("last.html"), "--home", home()));
        steps.put("./wave report out/orcl --pdf out/orcl.pdf", step(run -> assertThat(Path.of(out("orcl.pdf"))).isNotEmptyFile(),
                "report", out("orcl"), "--pdf", out("orcl.pdf"), "--home", home()));
        steps.put("./wave report out/sp --sectors ../shared/data/reference/sp500_alphavantage_sectors.csv --export out/sp/tables",
                step(run -> assertThat(Path.of(out("sp/tables"))).isNotEmptyDirectory(), "report", out("sp"), "--sectors",
                        data("reference/sp500_alphavantage_sectors.csv"), "--export", out("sp/tables"), "--home", home()));
        steps.put("./wave backtest ... --no-record", new Step(List.of("backtest", "--data", orcl, "--strategy", "sma-cross",
                "--no-record"), ReadmeWalkthroughTest::fills));
        steps.put("./wave backtest ... --home DIR --store-url postgresql://wave@db/wave", new Step(List.of("backtest", "--data", orcl,
                "--strategy", "sma-cross", "--home", home(), "--store-url", DB.url().toString()), ReadmeWalkthroughTest::fills));
        return steps;
    }

    /** ORCL's bars as a generic file with German headers and day-first dates. */
    private Path germanCsv(String orcl) throws IOException {
        List<String> rows = new ArrayList<>(List.of("Tag,Eroeffnung,Hoch,Tief,Schluss,Volumen"));
        List<String> lines = Files.readAllLines(Path.of(orcl));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            String[] ymd = f[0].split("-");
            rows.add(String.join(",", ymd[2] + "/" + ymd[1] + "/" + ymd[0], f[1], f[2], f[3], f[4], f[6]));
        }
        Path file = dir.resolve("kurse.csv");
        Files.write(file, rows);
        return file;
    }

    private Step backtest(String... args) {
        List<String> all = new ArrayList<>(List.of("backtest"));
        all.addAll(List.of(args));
        all.addAll(List.of("--home", home()));
        return new Step(all, ReadmeWalkthroughTest::fills);
    }

    private static Step step(Consumer<Cli> check, String... args) {
        return new Step(List.of(args), check);
    }

    private static void fills(Cli run) {
        Matcher fills = FILLS.matcher(run.out());
        assertThat(fills.find()).as(run.out()).isTrue();
        assertThat(Integer.parseInt(fills.group(1))).as(run.out()).isPositive();
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String home() {
        return home.toString();
    }

    private String out(String name) {
        return dir.resolve("out").resolve(name).toString();
    }

    private static String data(String name) {
        return SharedData.require(name).toString();
    }

    /** One command: its arguments as typed, and what it must have produced. */
    private record Step(List<String> args, Consumer<Cli> check, boolean background) {
        Step(List<String> args, Consumer<Cli> check) {
            this(args, check, false);
        }
    }
}
