package wave.app.report.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a run directory written by {@code wave backtest --out DIR}: equity.csv, trades.csv and summary.json. */
public final class RunDirectoryReader {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]", Locale.ROOT);

    private RunDirectoryReader() {
    }

    /** The tearsheet data of the run in {@code dir}; the benchmark curve is read from the run's data file if it is still there. */
    public static TearsheetData read(Path dir) throws IOException {
        for (String name : List.of("equity.csv", "trades.csv", "summary.json")) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                throw new IllegalArgumentException(dir + " holds no " + name + "; expected a directory written by 'wave backtest --out DIR'");
            }
        }
        Map<String, Object> summary = summary(dir);
        List<String> lines = Files.readAllLines(dir.resolve("equity.csv"), StandardCharsets.US_ASCII);
        int n = lines.size() - 1;
        long[] ts = new long[n];
        double[] equity = new double[n];
        for (int i = 0; i < n; i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            ts[i] = nanos(cells[0]);
            equity[i] = Double.parseDouble(cells[1]);
        }
        Map<String, Object> benchmarks = map(summary.get("benchmark_buy_and_hold"));
        String benchmarkName = benchmarks.isEmpty() ? null : benchmarks.keySet().iterator().next();
        Object data = map(summary.get("settings")).get("data");
        double[] benchmark = benchmarkName == null || data == null ? null : BenchmarkCurve.read(Path.of(data.toString()), ts, equity[0]);
        return new TearsheetData(summary.get("strategy") + " (" + dir.getFileName() + ")", String.valueOf(summary.get("currency")),
                ts, equity, benchmarkName, benchmark, map(summary.get("metrics")),
                benchmarkName == null ? Map.of() : map(benchmarks.get(benchmarkName)),
                Files.readString(dir.resolve("trades.csv"), StandardCharsets.US_ASCII),
                n == 0 ? List.of() : InstrumentPrices.read(data == null ? null : data.toString(), ts[0], ts[n - 1]));
    }

    /** The strategy name summary.json of a run directory records. */
    public static String strategy(Path dir) throws IOException {
        return String.valueOf(summary(dir).get("strategy"));
    }

    /** The strategy parameters summary.json of a run directory records, as text. */
    public static Map<String, String> params(Path dir) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        map(summary(dir).get("params")).forEach((name, value) -> params.put(name, String.valueOf(value)));
        return params;
    }

    private static Map<String, Object> summary(Path dir) throws IOException {
        return json(Files.readString(dir.resolve("summary.json"), StandardCharsets.UTF_8));
    }

    static long nanos(String time) {
        if (time.length() == 10) {
            return LocalDate.parse(time).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;
        }
        LocalDateTime t = LocalDateTime.parse(time, DATE_TIME);
        return t.toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L + t.getNano();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** Parses a JSON object into nested ordered maps (numbers as Long or Double, strings, booleans, null). */
    static Map<String, Object> json(String text) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("summary.json is not a JSON object");
            }
            return object(p);
        }
    }

    private static Map<String, Object> object(JsonParser p) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken token = p.nextToken();
            values.put(key, switch (token) {
                case START_OBJECT -> object(p);
                case START_ARRAY -> {
                    p.skipChildren();
                    yield "[...]";
                }
                case VALUE_NUMBER_INT -> p.getLongValue();
                case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
                case VALUE_TRUE, VALUE_FALSE -> p.getBooleanValue();
                case VALUE_NULL -> null;
                default -> p.getText();
            });
        }
        return values;
    }
}
