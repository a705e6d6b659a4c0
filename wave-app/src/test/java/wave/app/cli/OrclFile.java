package wave.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Yahoo daily file read the simplest way, independently of wave-data's importer: {@code Date,Open,High,Low,
 * Close,Adj Close,Volume}.
 *
 * @param dates  the Date column ({@code yyyy-MM-dd})
 * @param opens  Open, exactly as written
 * @param closes Close, exactly as written
 */
record OrclFile(List<String> dates, List<BigDecimal> opens, List<BigDecimal> closes) {

    static OrclFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> dates = new ArrayList<>();
        List<BigDecimal> opens = new ArrayList<>();
        List<BigDecimal> closes = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.strip().split(",");
            dates.add(f[0]);
            opens.add(new BigDecimal(f[1]));
            closes.add(new BigDecimal(f[4]));
        }
        return new OrclFile(List.copyOf(dates), List.copyOf(opens), List.copyOf(closes));
    }

    /** Open price by date. */
    Map<String, BigDecimal> openByDate() {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < dates.size(); i++) {
            map.put(dates.get(i), opens.get(i));
        }
        return map;
    }

    /** Closes as doubles. */
    double[] closeValues() {
        double[] values = new double[closes.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = closes.get(i).doubleValue();
        }
        return values;
    }

    BigDecimal lastClose() {
        return closes.getLast();
    }
}
