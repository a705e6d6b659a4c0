package wave.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        StrategyDefinition<?> definition = Strategies.byName(strategy);
        definition.bind(params);
        BacktestConfig config = run.config();
        LoadOptions options = run.loadOptions();
        List<BarSeries> series = SeriesLoader.load(data, options, stderr);
        BacktestOutcome outcome = BacktestJob.run(series, definition, params, config, new ProgressBar(spec.commandLine().getErr(), "backtest"));
        stdout.println(SummaryText.format(outcome, run.describe()));
        if (out != null) {
            Map<String, Object> settings = run.settings();
            settings.put("data", data.toString());
            BacktestReportWriter.write(outcome, settings, out);
            stdout.println("Wrote trades.csv, fills.csv, equity.csv and summary.json to " + out);
        }
        return 0;
    }
}
