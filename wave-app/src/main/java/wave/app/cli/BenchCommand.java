package wave.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import wave.app.bench.EndToEndBenchmark;
import wave.app.bench.KernelBenchmark;
import wave.app.bench.PlainLoopBaseline;
import wave.app.bench.Ta4jComparison;
import wave.data.csv.BarCsvWriter;
import wave.data.synth.SyntheticMarket;
import wave.data.synth.SyntheticMarketConfig;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;

/** {@code wave bench}: kernel throughput, allocation per bar and end-to-end CLI time on generated data. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure kernel throughput, allocation per bar and end-to-end backtest time.",
                "Runs on synthetic 1-minute bars: bars/s and bytes allocated per bar through the full",
                "kernel (orders, fills, fees, accounting), against a plain-loop baseline measured in the same run,",
                "then the end-to-end time of 'wave backtest' on a CSV of the same bars (JVM start and parsing included)."})
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--bars", defaultValue = "1000000", description = "Bars to generate (default: ${DEFAULT-VALUE}).")
    int bars;

    @Option(names = "--runs", defaultValue = "7", description = "Measured runs per case (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmups", defaultValue = "5", description = "Unmeasured warm-up runs per case (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--no-e2e", description = "Skip the end-to-end CLI timing.")
    boolean skipEndToEnd;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (bars < 100 || runs < 1 || warmups < 0) {
            throw new IllegalArgumentException("--bars must be >= 100, --runs >= 1, --warmups >= 0");
        }
        out.printf(Locale.ROOT, "Generating %,d synthetic 1m bars (seed 1)...%n", bars);
        out.flush();
        BarSeries series = SyntheticMarket.generate(SyntheticMarketConfig.defaults(1, List.of(InstrumentId.of("BENCH")), bars,
                BarSpec.MINUTE_1)).series().getFirst();
        double baseline = PlainLoopBaseline.barsPerSecond(series, 10, 30, warmups, runs);
        out.printf(Locale.ROOT, "%-34s %12s %12s %10s %10s%n", "case", "M bars/s", "range", "B/bar", "x baseline");
        out.printf(Locale.ROOT, "%-34s %12.1f %12s %10s %10s%n", "plain loop sma 10/30 (baseline)", baseline / 1e6, "", "", "1.00");
        KernelBenchmark kernel = new KernelBenchmark(series);
        double smaCross = 0;
        for (String strategy : List.of("buy-and-hold", "sma-cross")) {
            KernelBenchmark.Measurement m = kernel.measure(strategy, warmups, runs);
            smaCross = m.medianBarsPerSecond();
            out.printf(Locale.ROOT, "%-34s %12.1f %12s %10.3f %10.2f%n", "kernel " + strategy + " (" + m.fills() + " fills)",
                    m.medianBarsPerSecond() / 1e6, String.format(Locale.ROOT, "%.1f-%.1f", m.minBarsPerSecond() / 1e6,
                            m.maxBarsPerSecond() / 1e6), m.bytesPerBar(), m.medianBarsPerSecond() / baseline);
            out.flush();
        }
        Ta4jComparison.Measurement ta4j = new Ta4jComparison(series).measure(10, 30, Math.min(warmups, 2), Math.min(runs, 3));
        out.printf(Locale.ROOT, "%-34s %12.1f %12s %10s %10.2f%n", "ta4j 0.22.2 sma-cross, DoubleNum (" + ta4j.positions()
                + " positions)", ta4j.medianBarsPerSecond() / 1e6, "", "", ta4j.medianBarsPerSecond() / baseline);
        out.printf(Locale.ROOT, "kernel sma-cross / ta4j: %.1fx%n", smaCross / ta4j.medianBarsPerSecond());
        out.flush();
        if (!skipEndToEnd) {
            Path dir = Files.createTempDirectory("wave-bench");
            Path csv = dir.resolve("BENCH.csv");
            BarCsvWriter.write(series, csv);
            double[] seconds = EndToEndBenchmark.secondsPerRun(csv, dir.resolve("out"), Math.min(runs, 5));
            out.printf(Locale.ROOT, "end to end 'wave backtest --data %s (%,d bars, %.0f MB) --strategy sma-cross --fee-pct 0.1 --out DIR':%n",
                    csv.getFileName(), bars, Files.size(csv) / 1e6);
            out.printf(Locale.ROOT, "    best %.2f s, median %.2f s over %d runs%n", seconds[0], seconds[seconds.length / 2], seconds.length);
        }
        return 0;
    }
}
