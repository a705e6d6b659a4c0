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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import wave.app.backtest.BacktestJob;
import wave.app.backtest.BacktestOutcome;
import wave.app.report.BacktestReportWriter;
import wave.data.csv.LoadOptions;
import wave.domain.market.BarSeries;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.strategy.StrategyDefinition;

/** {@code wave backtest}: runs a bundled strategy over CSV data. */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a strategy over historical bars and report its performance.",
                "Market orders placed on a bar fill at the next bar's open (see docs/backtest-assumptions.md)."})
final class BacktestCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE|DIR", description = "CSV file, or a directory of CSV files (one instrument each).")
    Path data;

    @Option(names = "--strategy", required = true, paramLabel = "NAME", description = "Strategy name (see 'wave strategies').")
    String strategy;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Strategy parameter, repeatable (e.g. --param fast=10).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Write trades.csv, fills.csv, equity.csv and summary.json here.")
    Path out;

    @Mixin
    RunOptions run;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        return run(Strategies.byName(strategy));
    }

    /** Checks every option before touching the data, runs, then reports. */
    private <P extends Record> int run(StrategyDefinition<P> definition) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        P bound = definition.bind(params);
        BacktestConfig config = run.config();
        LoadOptions options = run.loadOptions();
        List<BarSeries> series = SeriesLoader.load(data, options, spec.commandLine().getErr());
        BacktestResult result = BacktestJob.simulate(series, definition, bound, config,
                new ProgressBar(spec.commandLine().getErr(), "backtest"));
        // The tables are written on a second thread while the metrics are computed.
        CompletableFuture<Void> tables = out == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> writeTables(result));
        BacktestOutcome outcome = BacktestJob.evaluate(definition.name(), bound, result, series);
        stdout.println(SummaryText.format(outcome, run.describe()));
        if (out != null) {
            awaitTables(tables);
            Map<String, Object> settings = run.settings();
            settings.put("data", data.toString());
            BacktestReportWriter.writeSummary(outcome, settings, out);
            stdout.println("Wrote trades.csv, fills.csv, equity.csv and summary.json to " + out);
        }
        return 0;
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
