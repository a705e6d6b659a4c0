package wave.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import wave.app.backtest.BacktestJob;
import wave.app.report.BacktestReportWriter;
import wave.data.csv.LoadOptions;
import wave.domain.market.BarSeries;
import wave.research.metrics.MetricsConfig;
import wave.research.metrics.MetricsInput;
import wave.research.metrics.PerformanceMetrics;
import wave.research.metrics.PerformanceReport;

/** {@code wave metrics}: buy-and-hold metrics of an instrument's own close-to-close returns. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Metrics of holding the instrument (close-to-close returns, no fees): the benchmark every report compares against.")
final class MetricsCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE|DIR", description = "CSV file or directory of CSV files.")
    Path data;

    @Mixin
    LoadingOptions loading;

    @Option(names = "--risk-free", defaultValue = "0", paramLabel = "PERCENT",
            description = "Annual risk-free rate in percent, like --fee-pct: 2 for 2% (default: ${DEFAULT-VALUE}).")
    String riskFreePercent;

    @Mixin
    PeriodsPerYear periods;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        double riskFree = RiskFreeOption.fraction(riskFreePercent, spec.commandLine().getErr());
        double periodsPerYear = periods.value();
        LoadOptions options = loading.loadOptions();
        List<BarSeries> series = SeriesLoader.load(data, options, spec.commandLine().getErr());
        StringWriter jsonText = new StringWriter();
        try (JsonGenerator generator = new JsonFactory().createGenerator(jsonText).useDefaultPrettyPrinter()) {
            generator.writeStartObject();
            for (BarSeries s : series) {
                if (s.size() < 2) {
                    throw new IllegalArgumentException(s.instrument() + ": metrics need at least two bars, got " + s.size());
                }
                MetricsConfig config = BacktestJob.metricsConfig(s.timestamps(), s.spec(), periodsPerYear)
                        .withRiskFreeRateAnnual(riskFree);
                PerformanceReport report = PerformanceMetrics.compute(MetricsInput.buyAndHold(s), config);
                if (json) {
                    BacktestReportWriter.writeReport(generator, s.instrument().toString(), report);
                } else {
                    out.println("Buy and hold " + s.instrument() + " (" + s.size() + " bars of " + s.spec() + ", " + loading.priceColumn + ")");
                    out.println(report.format());
                }
            }
            generator.writeEndObject();
        }
        if (json) {
            out.println(jsonText);
        }
        return 0;
    }
}
