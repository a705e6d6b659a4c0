package wave.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import wave.app.report.RunOutputs;
import wave.data.csv.BarCsvWriter;
import wave.data.synth.SyntheticMarket;
import wave.data.synth.SyntheticMarketConfig;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;

/** {@code wave data synth}: writes a seeded synthetic market as CSV files. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Generate a seeded synthetic market (correlated instruments, GARCH(1,1) volatility clustering,",
                "jumps, trending / mean-reverting / volatile regimes) and write one CSV per instrument.",
                "The same seed always gives the same bars."})
final class DataSynthCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the CSV files (SYMBOL.csv).")
    Path out;

    @Option(names = "--symbols", split = ",", defaultValue = "AAA,BBB,CCC", paramLabel = "A,B,...", description = "Instrument symbols (default: ${DEFAULT-VALUE}).")
    List<String> symbols;

    @Option(names = "--bars", defaultValue = "2520", description = "Bars per instrument (default: ${DEFAULT-VALUE}).")
    int bars;

    @Option(names = "--bar", defaultValue = "1d", paramLabel = "SPEC", description = "Bar length: 1m, 5m, 1h, 1d, ... (default: ${DEFAULT-VALUE}).")
    String barSpec;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--correlation", defaultValue = "0.5", description = "Pairwise correlation of returns (default: ${DEFAULT-VALUE}).")
    double correlation;

    @Option(names = "--start", defaultValue = "2015-01-02T00:00:00Z", description = "First bar time, ISO-8601 UTC (default: ${DEFAULT-VALUE}).")
    Instant start;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        List<InstrumentId> ids = new ArrayList<>();
        RunOutputs.check("--out", out);
        for (String symbol : symbols) {
            ids.add(InstrumentId.of(fileSafe(symbol.trim())));
        }
        SyntheticMarketConfig config = SyntheticMarketConfig.defaults(seed, ids, bars, BarSpec.parse(barSpec))
                .withStart(start).withCorrelation(correlation);
        Files.createDirectories(out);
        for (BarSeries series : SyntheticMarket.generate(config).series()) {
            Path file = out.resolve(series.instrument().symbol() + ".csv");
            BarCsvWriter.write(series, file);
            stdout.println("wrote " + file + " (" + series.size() + " bars of " + series.spec() + ")");
        }
        return 0;
    }

    /**
     * A symbol that names a file inside {@code --out}: letters, digits, {@code .}, {@code _} and {@code -}, not starting
     * with a dot (no path separators, no {@code ..}).
     */
    private static String fileSafe(String symbol) {
        if (!symbol.matches("[A-Za-z0-9_-][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("--symbols: '" + symbol + "' cannot name a file in --out; use letters, digits, "
                    + "'.', '_' and '-' (not first: '.')");
        }
        return symbol;
    }
}
