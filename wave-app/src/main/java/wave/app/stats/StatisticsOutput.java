package wave.app.stats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wave.app.report.BacktestReportWriter;

/** Statistics sections as text for the terminal and as JSON ({@code statistics.json}, {@code wave stats --json}). */
public final class StatisticsOutput {
    /** The file {@code backtest --out} writes the statistics to. */
    public static final String FILE = "statistics.json";
    private static final Pattern PERCENTILE = Pattern.compile("(.+)_(p\\d+)");

    private StatisticsOutput() {
    }

    /**
     * One line per section: its name, then {@code name value} pairs; percentiles ({@code x_p5} ... {@code x_p95}) on a
     * line of their own per quantity. Numbers to 4 significant digits (2 decimals from 1000 on), whole numbers as they are, NaN as n/a.
     */
    public static String text(String title, Map<String, Map<String, Object>> sections) {
        StringBuilder out = new StringBuilder(title).append('\n');
        int width = sections.keySet().stream().mapToInt(String::length).max().orElse(0);
        String indent = " ".repeat(width + 4);
        sections.forEach((name, values) -> {
            out.append("  ").append(name).append(" ".repeat(width - name.length())).append(' ');
            Map<String, StringBuilder> percentiles = new LinkedHashMap<>();
            values.forEach((key, value) -> {
                Matcher m = PERCENTILE.matcher(key);
                if (m.matches()) {
                    percentiles.computeIfAbsent(m.group(1), k -> new StringBuilder())
                            .append(' ').append(m.group(2)).append(' ').append(number(value));
                } else {
                    out.append(' ').append(key).append(' ').append(number(value));
                }
            });
            out.append('\n');
            percentiles.forEach((quantity, row) -> out.append(indent).append(quantity).append(row).append('\n'));
        });
        return out.toString().stripTrailing();
    }

    /** The sections as a pretty-printed JSON object of objects (NaN as null). */
    public static String json(Map<String, Map<String, Object>> sections) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text).useDefaultPrettyPrinter()) {
            write(json, sections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Writes {@value #FILE} into {@code dir}. */
    public static void write(Map<String, Map<String, Object>> sections, Path dir) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(FILE));
             JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            write(json, sections);
        }
    }

    private static void write(JsonGenerator json, Map<String, Map<String, Object>> sections) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, Map<String, Object>> e : sections.entrySet()) {
            BacktestReportWriter.writeObject(json, e.getKey(), e.getValue());
        }
        json.writeEndObject();
    }

    private static String number(Object value) {
        if (value instanceof Double d) {
            if (!Double.isFinite(d)) {
                return "n/a";
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            return String.format(Locale.ROOT, Math.abs(d) >= 1000 ? "%.2f" : "%.4g", d);
        }
        return String.valueOf(value);
    }
}
