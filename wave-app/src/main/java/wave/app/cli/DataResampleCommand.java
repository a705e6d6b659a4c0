package wave.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import wave.data.csv.BarCsvWriter;
import wave.data.csv.LoadOptions;
import wave.data.resample.OutsideSession;
import wave.data.resample.Resampled;
import wave.data.resample.Resampler;
import wave.domain.market.BarLabel;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;

/** {@code wave data resample}: writes a file's bars as longer bars, aligned to the calendar's sessions. */
@Command(name = "resample", mixinStandardHelpOptions = true,
        description = {"Turn bars into longer bars (1m into 5m, 15m, 1h, 1d, 1w, 1mo): intraday bars aligned to each session's",
                "open and cut at its close, one daily bar per session, weekly and monthly bars per calendar week and month.",
                "The file written stamps each bar with its start (a day or longer: its first trading date)."})
final class DataResampleCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV file of bars.")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "SPEC", description = "Bar length to make: 5m, 15m, 1h, 1d, 1w, 1mo, ...")
    String to;

    @Option(names = "--calendar", defaultValue = "24/7", paramLabel = "nyse|nasdaq|fx|24/7",
            description = "Sessions that align and bound the bars (default: ${DEFAULT-VALUE}, one session per UTC day).")
    String calendar;

    @Option(names = "--outside-session", defaultValue = "drop", paramLabel = "drop|keep",
            description = "Bars starting while the market is closed: dropped, or kept in bars of their own (default: ${DEFAULT-VALUE}).")
    String outsideSession;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV file to write (replaced).")
    Path out;

    @Mixin
    LoadingOptions loading;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        BarSpec target = BarSpec.parse(to);
        OutsideSession outside = switch (outsideSession.toLowerCase(Locale.ROOT)) {
            case "drop" -> OutsideSession.DROP;
            case "keep" -> OutsideSession.KEEP;
            default -> throw new IllegalArgumentException("--outside-session '" + outsideSession + "' not understood; expected drop or keep");
        };
        LoadOptions options = loading.loadOptions();
        PrintWriter stdout = spec.commandLine().getOut();
        BarSeries bars = SeriesLoader.load(List.of(file), options, spec.commandLine().getErr()).getFirst();
        Resampled resampled = Resampler.resample(bars, target, BarLabel.START, CalendarOption.parse(calendar), outside);
        BarCsvWriter.write(resampled.series(), out);
        stdout.println("wrote " + out + " (" + resampled.series().size() + " bars of " + target + " from " + bars.size()
                + " bars of " + bars.spec() + (resampled.droppedBars() == 0 ? "" : ", " + resampled.droppedBars()
                + " outside sessions dropped") + ")");
        return 0;
    }
}
