package wave.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wave.app.backtest.BacktestJob;
import wave.app.backtest.BacktestOutcome;
import wave.app.backtest.ParamValues;
import wave.app.report.BacktestReportWriter;
import wave.app.runs.RunRecorder;
import wave.app.runs.RunRecords;
import wave.data.csv.LoadOptions;
import wave.domain.market.BarSeries;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.execution.ExecutionConfig;
import wave.domain.instrument.InstrumentId;
import wave.engine.strategy.Strategy;
import wave.engine.strategy.StrategyDefinition;
import wave.spec.SpecParams;
import wave.spec.SpecStrategyDefinition;
import wave.spec.StrategySpecs;
import wave.store.StoreException;
import wave.store.StoreUrl;

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

    /** A bundled strategy by name, or a declarative spec file. */
    static final class StrategyChoice {
        @Option(names = "--strategy", required = true, paramLabel = "NAME", description = "Strategy name (see 'wave strategies').")
        String name;

        @Option(names = "--spec", required = true, paramLabel = "FILE",
                description = "Strategy spec file (.toml or .json; see wave-spec/SPEC.md).")
        Path file;
    }

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Strategy parameter, repeatable (e.g. --param fast=10).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Write trades.csv, fills.csv, equity.csv and summary.json here.")
    Path out;

    @Option(names = "--no-record", description = "Do not record the run in the store's run history (see 'wave runs').")
    boolean noRecord;

    @Mixin
    RunOptions run;

    @Mixin
    StoreOptions store;

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
        List<Path> files = DataFiles.resolve(data);
        StoreUrl storeUrl = noRecord ? null : store.url();
        try (RunRecorder recorder = noRecord ? null : RunRecorder.start(storeUrl, () -> store.open(storeUrl), files)) {
            List<BarSeries> series = SeriesLoader.load(files, options, spec.commandLine().getErr());
            BacktestResult result = BacktestJob.simulate(series, strategy.name(), strategy.factory(), config,
                    new ProgressBar(spec.commandLine().getErr(), "backtest"));
            // The tables are written on a second thread while the metrics are computed.
            CompletableFuture<Void> tables = out == null ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.runAsync(() -> writeTables(result));
            BacktestOutcome outcome = BacktestJob.evaluate(strategy.name(), strategy.params(), result, series);
            Map<String, Object> settings = run.settings();
            settings.put("data", data.toString());
            if (this.strategy.file != null) {
                settings.put("spec", this.strategy.file.toString());
            }
            // Recorded on the recorder's thread while the summary and the report files are written.
            List<String> arguments = spec.commandLine().getParseResult().originalArgs();
            CompletableFuture<Long> recording = recorder == null ? null : recorder.submit(
                    digests -> RunRecords.backtest(outcome, arguments, settings, series, digests, out), Clock.systemUTC());
            stdout.println(SummaryText.format(outcome, run.describe()));
            if (out != null) {
                awaitTables(tables);
                BacktestReportWriter.writeSummary(outcome, settings, out);
                stdout.println("Wrote trades.csv, fills.csv, equity.csv and summary.json to " + out);
            }
            return recording == null ? 0 : reportRecording(recorder, recording);
        }
    }

    /**
     * Reports the recording after the run's own outputs are written: where it was recorded (without the run's id, so
     * that the same backtest prints the same text; {@code wave runs show last} finds it), or the store's error with
     * exit status 1 (the outputs are kept).
     */
    private int reportRecording(RunRecorder recorder, CompletableFuture<Long> recording) {
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            RunRecorder.await(recording);
            stdout.println(RunRecorder.recordedMessage(recorder.url()));
            return 0;
        } catch (StoreException | UncheckedIOException e) {
            stdout.flush();
            PrintWriter err = spec.commandLine().getErr();
            err.println("wave: error: the backtest ran" + (out == null ? "" : " and its outputs are in " + out)
                    + ", but it was not recorded: " + e.getMessage());
            err.println("(use --no-record to skip the run history, or --store-url/--home to choose another store)");
            err.flush();
            return ErrorHandler.FAILED;
        }
    }

    /** Validates the strategy and its parameters before any data is read. */
    private PreparedStrategy prepare() throws IOException {
        if (strategy.file != null) {
            SpecStrategyDefinition definition = StrategySpecs.load(strategy.file);
            SpecParams bound = definition.bind(params);
            return new PreparedStrategy(definition.name(), ParamValues.of(bound), id -> definition.create(bound));
        }
        return prepare(Strategies.byName(strategy.name));
    }

    private <P extends Record> PreparedStrategy prepare(StrategyDefinition<P> definition) {
        P bound = definition.bind(params);
        return new PreparedStrategy(definition.name(), ParamValues.of(bound), id -> definition.create(bound));
    }

    /** A validated strategy: its name, parameter values and a factory of one instance per instrument. */
    private record PreparedStrategy(String name, Map<String, Object> params, Function<InstrumentId, Strategy<?>> factory) {
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
