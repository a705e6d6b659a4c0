package wave.app.report.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every table of the tearsheet as CSV and JSON files: {@code metrics}, {@code monthly-returns}, {@code trades},
 * {@code attribution} (by instrument) and, given a sector map, {@code attribution-sectors}. The JSON of a table is an
 * array of objects keyed by its column names; cells that read as numbers are written as numbers.
 */
public final class TearsheetExport {
    private TearsheetExport() {
    }

    /** Writes the tables of {@code data} into {@code dir} (created if needed); {@code sectors} may be empty. */
    public static void write(TearsheetData data, Map<String, String> sectors, Path dir) throws IOException {
        Files.createDirectories(dir);
        table(dir, "metrics", TearsheetTables.metricsHeader(data), TearsheetTables.metricsRows(data));
        table(dir, "monthly-returns", TearsheetTables.monthlyHeader(),
                TearsheetTables.monthlyRows(TearsheetSeries.monthlyReturns(data.tsNanos(), data.equity())));
        table(dir, "trades", data.tradeHeader(), data.tradeRows());
        table(dir, "attribution", TearsheetTables.attributionHeader("instrument"), Attribution.byInstrument(data));
        if (!sectors.isEmpty()) {
            table(dir, "attribution-sectors", TearsheetTables.attributionHeader("sector"), Attribution.bySector(data, sectors));
        }
    }

    private static void table(Path dir, String name, String[] header, List<String[]> rows) throws IOException {
        StringBuilder csv = new StringBuilder(String.join(",", Arrays.stream(header).map(TearsheetExport::csv).toList())).append('\n');
        for (String[] row : rows) {
            csv.append(String.join(",", Arrays.stream(row).map(TearsheetExport::csv).toList())).append('\n');
        }
        Files.writeString(dir.resolve(name + ".csv"), csv, StandardCharsets.UTF_8);
        StringWriter json = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(json)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (String[] row : rows) {
                g.writeStartObject();
                for (int i = 0; i < header.length; i++) {
                    g.writeFieldName(header[i]);
                    cell(g, i < row.length ? row[i] : "");
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        Files.writeString(dir.resolve(name + ".json"), json + "\n", StandardCharsets.UTF_8);
    }

    private static void cell(JsonGenerator g, String value) throws IOException {
        if (value.matches("-?\\d+")) {
            g.writeNumber(Long.parseLong(value));
        } else if (value.matches("-?\\d*\\.\\d+([eE]-?\\d+)?|-?\\d+[eE]-?\\d+")) {
            g.writeNumber(value);
        } else if (value.equals("null")) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    private static String csv(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
