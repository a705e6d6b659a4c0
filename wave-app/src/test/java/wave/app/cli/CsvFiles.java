package wave.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small hand-made Yahoo-format daily files for tests that must not depend on shared data. */
final class CsvFiles {
    static final String HEADER = "Date,Open,High,Low,Close,Adj Close,Volume";

    private CsvFiles() {
    }

    /**
     * {@code bars} weekday rows from 2020-01-02 with gently wandering, consistent prices (low below open and close,
     * high above them): clean under every validation rule.
     */
    static List<String> cleanRows(int bars) {
        List<String> rows = new ArrayList<>();
        rows.add(HEADER);
        LocalDate date = LocalDate.of(2020, 1, 2);
        double previous = 100;
        for (int i = 0; i < bars; i++) {
            double close = 100 + 3 * Math.sin(i * 0.45) + 0.05 * i;
            double open = previous;
            double high = Math.max(open, close) + 0.4 + 0.1 * (i % 3);
            double low = Math.min(open, close) - 0.3 - 0.1 * (i % 2);
            rows.add(String.format(Locale.ROOT, "%s,%.2f,%.2f,%.2f,%.2f,%.2f,%d", date, open, high, low, close, close,
                    100_000 + 1_000 * (i % 7)));
            previous = close;
            date = date.plusDays(date.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1);
        }
        return rows;
    }

    static Path write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines);
        return file;
    }

    /** Replaces one field of a row; {@code line} is 1-based as in an editor (line 1 is the header). */
    static List<String> withField(List<String> lines, int line, int column, String value) {
        List<String> copy = new ArrayList<>(lines);
        String[] fields = copy.get(line - 1).split(",", -1);
        fields[column] = value;
        copy.set(line - 1, String.join(",", fields));
        return copy;
    }
}
