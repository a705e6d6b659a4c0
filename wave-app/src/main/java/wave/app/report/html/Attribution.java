package wave.app.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Performance attribution from a run's closed trades: net P&L, commissions, trade count and share of the total net
 * P&L, by instrument and, given a sector map, by sector.
 */
public final class Attribution {
    /** Columns of an attribution table after its key column. */
    static final String[] COLUMNS = {"trades", "net_pnl", "commission", "share_of_net_pnl"};

    private Attribution() {
    }

    /** One row per instrument, in name order: instrument, trades, net P&L, commission, share of the total net P&L. */
    static List<String[]> byInstrument(TearsheetData data) {
        return table(data, instrument -> instrument);
    }

    /**
     * One row per sector of {@code sectors} (symbol to sector; an instrument's symbol is its name before the first
     * dot), "unknown" for instruments the map lacks.
     */
    static List<String[]> bySector(TearsheetData data, Map<String, String> sectors) {
        return table(data, instrument -> sectors.getOrDefault(instrument.split("\\.", 2)[0], "unknown"));
    }

    /** Reads a sector map: CSV with a header and rows {@code symbol,sector}. */
    public static Map<String, String> readSectors(Path file) throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] cells = line.split(",", 2);
            if (cells.length == 2) {
                map.put(cells[0].strip(), cells[1].strip().replace("\"", ""));
            }
        }
        return map;
    }

    private static List<String[]> table(TearsheetData data, Function<String, String> key) {
        List<String> header = Arrays.asList(data.tradeHeader());
        int instrument = header.indexOf("instrument");
        int net = header.indexOf("net_pnl");
        int commission = header.indexOf("commission");
        TreeMap<String, double[]> sums = new TreeMap<>();
        double total = 0;
        for (String[] row : data.tradeRows()) {
            double[] s = sums.computeIfAbsent(key.apply(row[instrument]), k -> new double[3]);
            double pnl = Double.parseDouble(row[net]);
            s[0]++;
            s[1] += pnl;
            s[2] += Double.parseDouble(row[commission]);
            total += pnl;
        }
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            double[] s = e.getValue();
            rows.add(new String[] {e.getKey(), Long.toString((long) s[0]), money(s[1]), money(s[2]),
                    total == 0 ? "" : String.format(Locale.ROOT, "%.4f", s[1] / total)});
        }
        return rows;
    }

    private static String money(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
