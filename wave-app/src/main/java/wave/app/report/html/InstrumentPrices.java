package wave.app.report.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import wave.data.csv.CsvImporters;
import wave.data.csv.LoadOptions;
import wave.domain.market.BarSeries;

/**
 * The closes of one instrument a run traded, for its price chart, and the strategy's indicators drawn over them.
 *
 * @param instrument the instrument as trades.csv names it (e.g. {@code ORCL.SIM})
 * @param tsNanos    bar times, nanoseconds since the epoch (UTC)
 * @param closes     the close of each bar
 * @param overlays   indicator lines on the price scale, one value per bar (NaN before an indicator is ready)
 */
public record InstrumentPrices(String instrument, long[] tsNanos, double[] closes, List<Overlay> overlays) {
    /**
     * One indicator line.
     *
     * @param name   its label, e.g. {@code Sma(10)}
     * @param values one value per bar
     */
    public record Overlay(String name, double[] values) {
    }

    /** Closes without indicator lines. */
    public InstrumentPrices(String instrument, long[] tsNanos, double[] closes) {
        this(instrument, tsNanos, closes, List.of());
    }

    /** The same closes with {@code lines} drawn over them. */
    public InstrumentPrices withOverlays(List<Overlay> lines) {
        return new InstrumentPrices(instrument, tsNanos, closes, List.copyOf(lines));
    }

    /**
     * The closes of every bar file at {@code data} (one file, or a directory of them, as {@code wave backtest --data}
     * takes), restricted to {@code from..to}; empty when {@code data} is null or gone.
     */
    public static List<InstrumentPrices> read(String data, long from, long to) throws IOException {
        if (data == null || !Files.exists(Path.of(data))) {
            return List.of();
        }
        List<Path> files;
        if (Files.isDirectory(Path.of(data))) {
            try (Stream<Path> list = Files.list(Path.of(data))) {
                files = list.filter(Files::isRegularFile).sorted().toList();
            }
        } else {
            files = List.of(Path.of(data));
        }
        List<InstrumentPrices> prices = new ArrayList<>();
        for (Path file : files) {
            BarSeries s = CsvImporters.load(file, LoadOptions.defaults()).series();
            long[] ts = s.timestamps();
            int a = 0;
            while (a < ts.length && ts[a] < from) {
                a++;
            }
            int b = a;
            while (b < ts.length && ts[b] <= to) {
                b++;
            }
            prices.add(new InstrumentPrices(s.instrument().toString(), Arrays.copyOfRange(ts, a, b),
                    Arrays.copyOfRange(s.closes(), a, b)));
        }
        return prices;
    }
}
