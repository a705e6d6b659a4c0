package wave.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wave.app.backtest.BacktestJob;
import wave.app.backtest.BacktestOutcome;
import wave.app.backtest.ParamValues;
import wave.app.report.BacktestReportWriter;
import wave.data.csv.LoadOptions;
import wave.domain.market.BarSeries;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.execution.ExecutionConfig;
import wave.domain.instrument.InstrumentId;
import wave.engine.strategy.Strategy;
import wave.engine.strategy.StrategyDefinition;
import wave.spec.SpecParams;
import wave.spec.SpecStrategyDefinition;
import wave.spec.StrategySpecs;

/** {@code wave backtest}: runs a bundled strategy or a strategy spec over CSV data. */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a strategy over historical bars and report its performance.",
                "Market orders placed on a bar fill at the next bar's open (see docs/backtest-assumptions.md)."})
final class BacktestCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE|DIR", description = "CSV file, or a directory of CSV files (one instrument each).")
    Path data;

    @ArgGroup(exclusive = true, multiplicity = "1")
    StrategyChoice strategy;

    /** A strategy by name (bundled or from a plugin), a strategy class of yours, or a declarative spec file. */
    static final class StrategyChoice {
        @Option(names = "--strategy", required = true, paramLabel = "NAME", description = "Strategy name (see 'wave strategies').")
        String name;

        @Option(names = "--strategy-class", required = true, paramLabel = "CLASS",
                description = "Your strategy class (a public subclass of Strategy with a constructor taking its parameter "
                        + "record), found on --classpath; 'wave new-strategy' writes one to start from.")
        String className;

        @Option(names = "--spec", required = true, paramLabel = "FILE",
                description = "Strategy spec file (.toml or .json; see wave-spec/SPEC.md).")
        Path file;
    }

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Strategy parameter, repeatable (e.g. --param fast=10).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Write trades.csv, fills.csv, equity.csv and summary.json here.")
    Path out;

    @Mixin
    RunOptions run;

    @Mixin
    PluginOptions plugins;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PreparedStrategy strategy = prepare();
        BacktestConfig config = run.config();
        if (config.execution().fillAtSignalClose()) {
            spec.commandLine().getErr().println(ExecutionConfig.LOOKAHEAD_WARNING);
        }
        LoadOptions options = run.loadOptions();
        List<BarSeries> series = SeriesLoader.load(data, options, spec.commandLine().getErr());
        BacktestResult result = BacktestJob.simulate(strategy.backtest().apply(series, config),
                new ProgressBar(spec.commandLine().getErr(), "backtest"));
        // The tables are written on a second thread while the metrics are computed.
        CompletableFuture<Void> tables = out == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> writeTables(result));
        BacktestOutcome outcome = BacktestJob.evaluate(strategy.name(), strategy.params(), result, series);
        stdout.println(SummaryText.format(outcome, run.describe()));
        if (out != null) {
            awaitTables(tables);
            Map<String, Object> settings = run.settings();
            settings.put("data", data.toString());
            if (this.strategy.file != null) {
                settings.put("spec", this.strategy.file.toString());
            }
            BacktestReportWriter.writeSummary(outcome, settings, out);
            stdout.println("Wrote trades.csv, fills.csv, equity.csv and summary.json to " + out);
        }
        return 0;
    }

    /** Validates the strategy and its parameters before any data is read. */
    private PreparedStrategy prepare() throws IOException {
        if (strategy.file != null) {
            SpecStrategyDefinition definition = StrategySpecs.load(strategy.file);
            SpecParams bound = definition.bind(params);
            return new PreparedStrategy(definition.name(), ParamValues.of(bound),
                    (data, config) -> new Backtest(config, data, definition.name(), id -> definition.create(bound), false));
        }
        StrategyCatalog catalog = plugins.catalog();
        StrategyDefinition<?> definition = strategy.className != null ? catalog.byClass(strategy.className)
                : catalog.byName(strategy.name);
        return prepare(definition);
    }

    private <P extends Record> PreparedStrategy prepare(StrategyDefinition<P> definition) {
        P bound = definition.bind(params);
        if (definition.isPortfolio()) {
            return new PreparedStrategy(definition.name(), ParamValues.of(bound), (data, config) ->
                    Backtest.ofPortfolio(config, data, definition.name(), definition.createPortfolio(bound), false));
        }
        return new PreparedStrategy(definition.name(), ParamValues.of(bound),
                (data, config) -> new Backtest(config, data, definition.name(), id -> definition.create(bound), false));
    }

    /** A validated strategy: its name, parameter values and how to build its backtest over the data. */
    private record PreparedStrategy(String name, Map<String, Object> params,
                                    BiFunction<List<BarSeries>, BacktestConfig, Backtest> backtest) {
    }

    private void writeTables(BacktestResult result) {
        try {
            BacktestReportWriter.writeTables(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitTables(CompletableFuture<Void> tables) throws IOException {
        try {
            tables.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }
}
