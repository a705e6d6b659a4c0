package wave.app.report.html;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The tearsheet's tables as header and rows of text, shared by the PDF and the CSV/JSON exports. */
final class TearsheetTables {
    private TearsheetTables() {
    }

    /** The metric table's columns: metric, strategy and the benchmark's when there is one. */
    static String[] metricsHeader(TearsheetData data) {
        return data.benchmarkMetrics().isEmpty() ? new String[] {"metric", "strategy"}
                : new String[] {"metric", "strategy", "buy and hold " + data.benchmarkName()};
    }

    /** One row per metric, its values as summary.json holds them. */
    static List<String[]> metricsRows(TearsheetData data) {
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<String, Object> e : data.metrics().entrySet()) {
            rows.add(data.benchmarkMetrics().isEmpty() ? new String[] {e.getKey(), String.valueOf(e.getValue())}
                    : new String[] {e.getKey(), String.valueOf(e.getValue()), String.valueOf(data.benchmarkMetrics().get(e.getKey()))});
        }
        return rows;
    }

    /** The monthly table's columns: year and the months 1 to 12. */
    static String[] monthlyHeader() {
        String[] h = new String[13];
        h[0] = "year";
        for (int m = 1; m <= 12; m++) {
            h[m] = Integer.toString(m);
        }
        return h;
    }

    /** One row per year from the first to the last, each month's return as a percentage (empty when none). */
    static List<String[]> monthlyRows(Map<YearMonth, Double> returns) {
        List<String[]> rows = new ArrayList<>();
        int first = returns.keySet().stream().mapToInt(YearMonth::getYear).min().orElse(0);
        int last = returns.keySet().stream().mapToInt(YearMonth::getYear).max().orElse(-1);
        for (int y = first; y <= last; y++) {
            String[] row = new String[13];
            row[0] = Integer.toString(y);
            for (int m = 1; m <= 12; m++) {
                Double r = returns.get(YearMonth.of(y, m));
                row[m] = r == null ? "" : Tearsheet.percent(r);
            }
            rows.add(row);
        }
        return rows;
    }

    /** Column widths of the monthly table in the PDF, in points. */
    static float[] monthlyWidths() {
        float[] w = new float[13];
        Arrays.fill(w, 55);
        return w;
    }

    /** An attribution table's columns: {@code key} (instrument or sector), then {@link Attribution#COLUMNS}. */
    static String[] attributionHeader(String key) {
        String[] h = new String[Attribution.COLUMNS.length + 1];
        h[0] = key;
        System.arraycopy(Attribution.COLUMNS, 0, h, 1, Attribution.COLUMNS.length);
        return h;
    }
}
