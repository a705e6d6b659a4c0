package wave.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import wave.domain.market.BarSeries;
import wave.engine.backtest.BacktestConfig;
import wave.engine.bias.CutComparison;
import wave.engine.bias.LookaheadAnalysis;
import wave.engine.bias.LookaheadReport;

/**
 * {@code wave lookahead-analysis}: runs the backtest on the whole data and on the data cut at several points, and
 * reports any order, fill or equity value before a cut that the future changed. Exit status 1 when one did.
 */
@Command(name = "lookahead-analysis", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check a strategy for lookahead bias: run it on the whole data and on the data cut at several points;",
                "every order, fill and equity value before a cut must be the same. Exit status 1 when one differs.",
                "See docs/bias-checks.md."})
final class LookaheadAnalysisCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE|DIR",
            description = "CSV file, or a directory of CSV files (one instrument each; all are cut at the same times).")
    Path data;

    @ArgGroup(exclusive = true, multiplicity = "1")
    BacktestOptions.StrategyChoice strategy;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Strategy parameter, repeatable (e.g. --param fast=10).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--cuts", defaultValue = "6", paramLabel = "N",
            description = "Cut points, spread evenly over the bars after the strategy's warm-up (default: ${DEFAULT-VALUE}).")
    int cuts;

    @Mixin
    RunOptions run;

    @Mixin
    PluginOptions plugins;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        PreparedStrategy prepared = PreparedStrategy.of(strategy, params, plugins);
        BacktestConfig config = run.config();
        List<BarSeries> series = SeriesLoader.load(data, run.loadOptions(), spec.commandLine().getErr());
        int warmup = prepared.warmupBars();
        int[] points = LookaheadAnalysis.cuts(series.getFirst().size(), warmup, cuts);
        ProgressBar progress = new ProgressBar(spec.commandLine().getErr(), "lookahead-analysis");
        LookaheadReport report = new LookaheadAnalysis(d -> prepared.backtest(d, config).run())
                .run(series, points, progress::update);
        print(report, prepared.name(), warmup);
        return report.biased() ? ErrorHandler.FAILED : 0;
    }

    private void print(LookaheadReport report, String name, int warmup) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Lookahead analysis of %s on %s: %d cuts after a %d-bar warm-up, %d orders in the full run%n",
                name, data.getFileName(), report.cuts().size(), warmup, report.ordersInFullRun());
        out.printf("%-4s %7s  %-24s %7s %7s %7s  %s%n", "cut", "bars", "last bar", "orders", "fills", "equity", "differences");
        int cut = 0;
        int biased = 0;
        for (CutComparison c : report.cuts()) {
            out.printf("%-4d %7d  %-24s %7d %7d %7d  %d%n", ++cut, c.bars(), Instant.ofEpochSecond(0, c.lastBarNanos()),
                    c.ordersCompared(), c.fillsCompared(), c.equityCompared(), c.differences().size());
            c.differences().forEach(d -> out.println("     - " + d));
            biased += c.differences().isEmpty() ? 0 : 1;
        }
        if (biased == 0) {
            out.printf("Verdict: no lookahead found (%d orders compared over %d cuts)%n", report.ordersCompared(),
                    report.cuts().size());
        } else {
            out.printf("Verdict: LOOKAHEAD: what happened before the cut changed with the data after it at %d of %d cuts%n",
                    biased, report.cuts().size());
        }
        out.flush();
    }
}
