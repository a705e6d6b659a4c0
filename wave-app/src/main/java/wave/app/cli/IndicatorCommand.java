package wave.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import wave.app.report.AsciiWriter;
import wave.data.csv.LoadOptions;
import wave.domain.market.BarSeries;
import wave.indicators.registry.BoundIndicator;
import wave.indicators.registry.IndicatorRegistry;

/**
 * {@code wave indicator}: computes one registered indicator (or a composition, {@code --of}) over a CSV file and
 * writes {@code timestamp} and one column per output as CSV, empty before the first valid value.
 */
@Command(name = "indicator", mixinStandardHelpOptions = true,
        description = "Compute an indicator over a CSV file; write timestamp and one column per output as CSV.")
final class IndicatorCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV file of one instrument.")
    Path data;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Indicator name (see 'wave indicators').")
    String name;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Indicator parameter, repeatable (e.g. --param period=14).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--field", paramLabel = "FIELD",
            description = "Bar field read by a single-input indicator (with --of: by the inner one): open, high, low, close, hl2, hlc3, ohlc4 or volume.")
    String field;

    @Option(names = "--of", paramLabel = "NAME[:output]",
            description = "Apply the indicator to this indicator's output (default: its first), e.g. --name ema --of rsi.")
    String of;

    @Option(names = "--of-param", paramLabel = "KEY=VALUE", description = "Parameter of the --of indicator, repeatable.")
    Map<String, String> ofParams = new LinkedHashMap<>();

    @Option(names = "--price-column", defaultValue = "close", paramLabel = "close|adj-close",
            description = "Which close to use; adj-close scales each bar's prices (default: ${DEFAULT-VALUE}).")
    String priceColumn;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the CSV here instead of standard output.")
    Path out;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        BoundIndicator indicator = bind();
        LoadOptions options = LoadOptions.defaults().withPriceColumn(SeriesLoader.priceColumn(priceColumn));
        List<BarSeries> loaded = SeriesLoader.load(data, options, spec.commandLine().getErr());
        if (loaded.size() != 1) {
            throw new IllegalArgumentException("--data " + data + " holds " + loaded.size()
                    + " instruments; 'wave indicator' reads one file");
        }
        BarSeries series = loaded.getFirst();
        double[][] values = indicator.compute(series.opens(), series.highs(), series.lows(), series.closes(),
                series.volumes());
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            write(series, indicator.outputs(), values, new AsciiWriter(new WriterStream(stdout)));
            stdout.flush();
        } else {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            write(series, indicator.outputs(), values, new AsciiWriter(Files.newOutputStream(out)));
            spec.commandLine().getOut().println("Wrote " + series.size() + " rows of " + indicator.label() + " on "
                    + series.instrument() + " to " + out);
        }
        return 0;
    }

    /** The indicator from the options; fails before any data is read. */
    BoundIndicator bind() {
        IndicatorRegistry registry = IndicatorRegistry.standard();
        if (of == null) {
            if (!ofParams.isEmpty()) {
                throw new IllegalArgumentException("--of-param needs --of NAME");
            }
            return registry.bind(name, withField(params, "--param"));
        }
        return registry.compose(name, params, of, withField(ofParams, "--of-param"));
    }

    private Map<String, String> withField(Map<String, String> values, String option) {
        if (field == null) {
            return values;
        }
        Map<String, String> all = new LinkedHashMap<>(values);
        for (String key : values.keySet()) {
            if (key.strip().equalsIgnoreCase("field")) {
                throw new IllegalArgumentException("give the field once: --field or " + option + " field=...");
            }
        }
        all.put("field", field);
        return all;
    }

    private static void write(BarSeries series, List<String> outputs, double[][] values, AsciiWriter w) throws IOException {
        boolean dateOnly = !series.spec().isIntraday();
        try (w) {
            w.text("timestamp");
            for (String output : outputs) {
                w.comma().text(output);
            }
            w.newline();
            int n = series.size();
            for (int i = 0; i < n; i++) {
                w.timestamp(series.tsNanos(i), dateOnly);
                for (double[] column : values) {
                    w.comma();
                    double v = column[i];
                    if (!Double.isNaN(v)) {
                        PlainDecimal.write(w, v);
                    }
                }
                w.newline();
            }
        }
    }

    /** ASCII bytes onto a writer that stays open (standard output). */
    private static final class WriterStream extends OutputStream {
        private final PrintWriter writer;

        WriterStream(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            writer.write(b & 0xFF);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            writer.write(new String(bytes, offset, length, StandardCharsets.US_ASCII));
        }

        @Override
        public void close() {
            writer.flush();
        }
    }
}
