package wave.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import wave.data.csv.LoadOptions;
import wave.domain.market.BarSeries;
import wave.engine.bias.IndicatorDrift;
import wave.engine.bias.RecursiveAnalysis;

/**
 * {@code wave recursive-analysis}: computes the indicators a strategy registers on the whole data and from later
 * start bars, and reports how many bars each needs before its values agree with the whole-history ones.
 */
@Command(name = "recursive-analysis", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check which of a strategy's indicators depend on how much history was loaded: compute them on the",
                "whole data and from later start bars, and count the bars each needs until its values agree.",
                "See docs/bias-checks.md."})
final class RecursiveAnalysisCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV file of one instrument.")
    Path data;

    @ArgGroup(exclusive = true, multiplicity = "1")
    BacktestOptions.StrategyChoice strategy;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Strategy parameter, repeatable (e.g. --param fast=10).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--starts", defaultValue = "100,200,500,1000", split = ",", paramLabel = "BAR",
            description = "First bars (0-based) of the later runs, comma-separated (default: ${DEFAULT-VALUE}).")
    int[] starts;

    @Option(names = "--tolerance", defaultValue = "1e-9", paramLabel = "RELATIVE",
            description = "Relative difference under which two values agree (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--price-column", defaultValue = "close", paramLabel = "close|adj-close",
            description = "Which close to use for files that have both (default: ${DEFAULT-VALUE}).")
    String priceColumn;

    @CommandLine.Mixin
    PluginOptions plugins;

    @CommandLine.Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        PreparedStrategy prepared = PreparedStrategy.of(strategy, params, plugins);
        if (prepared.indicators() == null) {
            throw new IllegalArgumentException(prepared.name() + " is a portfolio strategy: recursive-analysis reads the "
                    + "indicators of single-instrument strategies");
        }
        LoadOptions loading = LoadOptions.defaults().withPriceColumn(SeriesLoader.priceColumn(priceColumn));
        List<BarSeries> series = SeriesLoader.load(data, loading, spec.commandLine().getErr());
        if (series.size() != 1) {
            throw new IllegalArgumentException("recursive-analysis reads one instrument; " + data + " holds " + series.size());
        }
        ProgressBar progress = new ProgressBar(spec.commandLine().getErr(), "recursive-analysis");
        List<IndicatorDrift> drifts = new RecursiveAnalysis(prepared.indicators(), tolerance)
                .run(series.getFirst(), starts, progress::update);
        print(drifts, prepared.name());
        return 0;
    }

    private void print(List<IndicatorDrift> drifts, String name) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Recursive analysis of %s on %s: bars needed from each start until the values agree within %s (relative)%n",
                name, data.getFileName(), tolerance);
        StringBuilder header = new StringBuilder(String.format("%-28s %7s", "indicator output", "warm-up"));
        for (int start : starts) {
            header.append(String.format(" %12s", "from " + start));
        }
        out.println(header.append("  largest difference after warm-up"));
        List<String> dependent = new ArrayList<>();
        for (int i = 0; i < drifts.size(); i += starts.length) {
            IndicatorDrift first = drifts.get(i);
            StringBuilder row = new StringBuilder(String.format("%-28s %7d", first.output(), first.warmupBars()));
            double largest = 0;
            boolean depends = false;
            for (int s = 0; s < starts.length; s++) {
                IndicatorDrift d = drifts.get(i + s);
                row.append(String.format(" %12s", d.barsNeeded() < 0 ? "never" : Integer.toString(d.barsNeeded())));
                largest = Math.max(largest, d.maxRelativeDifference());
                depends |= d.dependsOnHistory();
            }
            out.println(row.append(String.format("  %.3g", largest)));
            if (depends) {
                dependent.add(first.output());
            }
        }
        out.println(dependent.isEmpty() ? "Verdict: every indicator agrees with the whole history once warmed up"
                : "Verdict: " + String.join(", ", dependent) + " need more history than their warm-up; load at least "
                        + "the bars shown before trusting their values");
        out.flush();
    }
}
