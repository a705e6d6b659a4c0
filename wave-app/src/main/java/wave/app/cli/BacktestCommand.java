package wave.app.cli;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import wave.app.backtest.BacktestJob;
import wave.app.backtest.BacktestOutcome;
import wave.app.backtest.OrderOutcomes;
import wave.app.backtest.PeriodCoverage;
import wave.app.backtest.RiskRun;
import wave.app.backtest.RunPeriod;
import wave.app.backtest.RunWarnings;
import wave.app.backtest.StrategyOutcome;
import wave.app.config.ConfigLoader;
import wave.app.config.ConfigLocations;
import wave.app.config.LayeredConfig;
import wave.app.config.ReferenceCheck;
import wave.app.report.BacktestReportWriter;
import wave.app.report.RunOutputs;
import wave.app.report.StrategyTables;
import wave.app.runs.RunRecorder;
import wave.app.runs.RunRecords;
import wave.app.stats.BacktestStatistics;
import wave.config.Document;
import wave.config.DocumentException;
import wave.config.DocumentFormat;
import wave.config.Documents;
import wave.config.Problem;
import wave.data.csv.LoadOptions;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.tax.LotMethod;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.execution.ExecutionConfig;
import wave.research.metrics.PerformanceReport;
import wave.risk.RiskSettings;
import wave.risk.RiskSetup;
import wave.store.StoreException;
import wave.store.StoreUrl;
import wave.store.bars.StoredBars;

/** {@code wave backtest}: runs a bundled strategy or a strategy spec over CSV data or bars from the store. */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a strategy over historical bars and report its performance.",
                "Market orders placed on a bar fill at the next bar's open (see docs/backtest-assumptions.md)."})
final class BacktestCommand implements Callable<Integer> {
    /** {@code store.url} in {@code wave.toml}: used when neither {@code --store-url} nor its variable is set. */
    private static final JsonPointer STORE_URL = JsonPointer.compile("/store/url");
    /** Runs each output task on a thread of its own (the common pool has one thread on two cores). */
    private static final Executor OUTPUT_THREADS = task -> Thread.ofPlatform().daemon().name("wave-output").start(task);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    BacktestOptions options;

    @Option(names = "--config", paramLabel = "FILE",
            description = {"Configuration file to use instead of ./wave.toml (over ~/.wave/wave.toml); flags override it.",
                    "See docs/config.md and 'wave config show'."})
    Path configFile;

    @Option(names = "--risk", paramLabel = "PRESET|FILE",
            description = {"Apply the risk engine: a preset (conservative, agent) or a risk file; the [risk] table of",
                    "wave.toml overrides it key by key (see docs/risk.md). Refusals are listed by rule."})
    String risk;

    @Option(names = "--no-record", description = "Do not record the run in the store's run history (see 'wave runs').")
    boolean noRecord;

    @Mixin
    AlertOptions alerts;

    @Mixin
    StoreOptions store;

    @Mixin
    PluginOptions plugins;

    @Mixin
    CommonOptions common;

    /** The run's --from/--to period and --periods-per-year (NaN: from the data), read before the run. */
    private RunPeriod period;
    private double periodsPerYear;
    /** The risk engine attached to the run ({@code --risk}), or null. */
    private RiskRun riskRun;

    @Override
    public Integer call() throws Exception {
        RiskSetup riskSetup = applyConfigFiles();
        RunOptions run = options.run;
        Path data = options.data;
        Path out = options.out;
        if (out != null) {
            RunOutputs.check("--out", out);
        }
        LotMethod lotMethod = options.taxLots.method(out);
        StrategyLineup strategies = StrategyLineup.of(options.strategyEntries(), options.params, options.budgets, plugins);
        BacktestConfig config = run.config();
        strategies.checkBudgets(config.initialCash().raw());
        periodsPerYear = run.periodsPerYear();
        period = options.period();
        if (config.execution().fillAtSignalClose()) {
            spec.commandLine().getErr().println(ExecutionConfig.LOOKAHEAD_WARNING);
        }
        LoadOptions loading = SeriesLoader.named(data, run.loadOptions());
        List<StoredBars> stored = StoredData.isStored(data) ? StoredData.load(data, store) : null;
        List<Path> files = stored != null ? List.of() : DataFiles.resolve(data);
        StoreUrl storeUrl = noRecord ? null : store.url();
        try (RunRecorder recorder = noRecord ? null : RunRecorder.start(storeUrl, () -> store.open(storeUrl), files)) {
            List<BarSeries> series = period.cut(stored != null ? StoredData.series(stored)
                    : SeriesLoader.load(files, loading, spec.commandLine().getErr()));
            // The buy-and-hold benchmarks depend on the data alone: computed on another thread while the backtest runs.
            CompletableFuture<Map<InstrumentId, PerformanceReport>> benchmarks = BacktestJob.benchmarks(period.reported(series),
                    periodsPerYear, OUTPUT_THREADS);
            PeriodCoverage.warning(series).ifPresent(spec.commandLine().getErr()::println);
            for (StrategyLineup.Slot slot : strategies.slots()) {
                RunWarnings.tradable(slot.id(), slot.strategy().warmupBars(), slot.strategy().trades(), series)
                        .forEach(spec.commandLine().getErr()::println);
            }
            RunWarnings.before(config, series).forEach(spec.commandLine().getErr()::println);
            StrategyLineup.Prepared prepared = strategies.backtest(series, config);
            Backtest backtest = prepared.backtest().tradeFrom(period.fromNanos());
            riskRun = riskSetup == null ? null : RiskRun.attach(riskSetup, backtest, series, config);
            alerts.attach(backtest, riskRun, period.fromNanos());
            BacktestResult result = BacktestJob.simulate(backtest, new ProgressBar(spec.commandLine().getErr(), "backtest"))
                    .since(period.fromNanos());
            alerts.finish(spec.commandLine().getErr());
            // The files are written in a staging directory, moved into --out once all are complete.
            Path staged = out == null ? null : RunOutputs.stage(out);
            // The tables are written on two more threads while the metrics are computed.
            List<StrategyOutcome> outcomes = prepared.books() == null ? List.of() : prepared.books().outcomes(result);
            CompletableFuture<Void> tables = out == null ? CompletableFuture.completedFuture(null)
                    : BacktestReportWriter.writeTables(result, outcomes, staged, OUTPUT_THREADS);
            try {
                return report(strategies, outcomes, run, data, out, staged, tables, recorder, stored, series, result,
                        benchmarks, lotMethod);
            } finally {
                if (staged != null) {
                    tables.exceptionally(e -> null).join();
                    RunOutputs.discard(staged);
                }
            }
        }
    }

    /** Computes the metrics, prints the summary, completes the output files and waits for the recording. */
    private int report(StrategyLineup strategy, List<StrategyOutcome> outcomes, RunOptions run, Path data, Path out, Path staged,
                       CompletableFuture<Void> tables, RunRecorder recorder, List<StoredBars> stored, List<BarSeries> series,
                       BacktestResult result, CompletableFuture<Map<InstrumentId, PerformanceReport>> benchmarks,
                       LotMethod lotMethod) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        BacktestOutcome outcome = BacktestJob.evaluate(strategy.name(), strategy.params(), result, periodsPerYear, benchmarks);
        Map<String, Object> settings = run.settings();
        settings.put("data", data.toString());
        settings.put("period", period.describe());
        List<String> specs = strategy.slots().stream().filter(slot -> slot.entry().kind() == StrategyEntry.Kind.SPEC)
                .map(slot -> slot.entry().reference()).toList();
        if (!specs.isEmpty()) {
            settings.put("spec", String.join(",", specs));
        }
        // Recorded on the recorder's thread while the summary and the report files are written.
        List<String> arguments = spec.commandLine().getParseResult().originalArgs();
        CompletableFuture<Long> recording = recorder == null ? null : recorder.submit(
                digests -> RunRecords.backtest(outcome, arguments, settings, series,
                        stored != null ? StoredData.digests(stored) : digests, out), Clock.systemUTC());
        stdout.println(SummaryText.format(outcome, run.describe()));
        if (!outcomes.isEmpty()) {
            stdout.println(SummaryText.strategies(outcomes, result.baseCurrency()));
        }
        if (riskRun != null) {
            stdout.println(riskRun.text());
        }
        OrderOutcomes orders = OrderOutcomes.of(result.tickets());
        if (orders.mostRefused()) {
            stdout.flush();
            spec.commandLine().getErr().println(orders.warning());
        }
        if (out != null) {
            awaitTables(tables);
            List<BacktestReportWriter.Section> sections = new ArrayList<>();
            if (!outcomes.isEmpty()) {
                sections.add(StrategyTables.summary(outcomes));
            }
            if (riskRun != null) {
                sections.add(riskRun::writeJson);
            }
            BacktestReportWriter.writeSummary(outcome, settings, staged, sections);
            BacktestStatistics.write(outcome, series, staged);
            if (riskRun != null) {
                riskRun.writeRefusals(staged);
                riskRun.writeFigures(staged);
            }
            if (lotMethod != null) {
                TaxLotOptions.write(result, lotMethod, staged);
            }
            RunOutputs.publish(staged, out);
            stdout.println("Wrote trades.csv, fills.csv, orders.csv, equity.csv" + (outcomes.isEmpty() ? "" : ", " + StrategyTables.EQUITY_FILE)
                    + (riskRun == null ? "" : ", risk-refusals.csv, risk-figures.csv")
                    + (lotMethod == null ? "" : ", tax-lots.csv")
                    + " and summary.json to " + out);
        }
        return recording == null ? 0 : reportRecording(recorder, recording, out);
    }

    /**
     * Reports the recording after the run's own outputs are written: where it was recorded (without the run's id, so
     * that the same backtest prints the same text; {@code wave runs show last} finds it), or the store's error with
     * exit status 1 (the outputs are kept).
     */
    private int reportRecording(RunRecorder recorder, CompletableFuture<Long> recording, Path out) {
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

    /**
     * Fills in what the flags left out from the configuration files (checked first: every problem names its file,
     * line and key), then requires the data and the strategy.
     *
     * @return the risk configuration ({@code --risk} and the files' {@code [risk]} tables, checked: fail closed), or
     *         null when nothing asks for the risk engine
     */
    private RiskSetup applyConfigFiles() throws IOException {
        ConfigLocations locations = WaveCli.locations(spec);
        if (store.home != null) {
            locations = new ConfigLocations(store.home().dir(), locations.workingDirectory());
        }
        ConfigLoader loader = new ConfigLoader(locations);
        LayeredConfig files = loader.load(configFile);
        if (!spec.commandLine().getParseResult().hasMatchedOption("--strategy")
                && !spec.commandLine().getParseResult().hasMatchedOption("--spec")
                && !spec.commandLine().getParseResult().hasMatchedOption("--strategy-class")) {
            List<Problem> problems = ReferenceCheck.strategy(files, plugins.catalog().all(), false);
            if (!problems.isEmpty()) {
                throw new DocumentException(problems);
            }
        }
        ConfiguredOptions.apply(spec, options, files);
        options.requireDataAndStrategy();
        JsonNode storeUrl = files.at(STORE_URL);
        String fromEnvironment = System.getenv(StoreUrl.ENV);
        if (store.storeUrl == null && (fromEnvironment == null || fromEnvironment.isBlank()) && storeUrl != null
                && storeUrl.isTextual()) {
            store.storeUrl = storeUrl.asText();
        }
        List<Document> documents = new ArrayList<>();
        for (Path file : loader.files(configFile)) {
            documents.add(Documents.read(file, file.toString(), DocumentFormat.TOML));
        }
        alerts.resolve(documents);
        return RiskSettings.resolve(risk, documents);
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
