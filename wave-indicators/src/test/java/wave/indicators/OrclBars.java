package wave.indicators;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * ORCL daily bars 1995-2014 (5036 rows) from the shared data folder: {@code $WAVE_SHARED_DATA},
 * else {@code ../shared/data} beside the repository root. A missing file fails the test run
 * when {@code CI=true} and skips the calling tests otherwise.
 */
record OrclBars(double[] open, double[] high, double[] low, double[] close, double[] volume) {
    static final int ROWS = 5036;
    private static final String FILE = "backtrader/orcl-1995-2014.txt";

    static OrclBars load() throws IOException {
        Path file = sharedData().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            String message = "market data file not found: " + file.toAbsolutePath().normalize();
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message + " (set WAVE_SHARED_DATA; required when CI=true)");
        }
        List<String> rows = Files.readAllLines(file);
        int n = rows.size() - 1; // header: Date,Open,High,Low,Close,Adj Close,Volume
        OrclBars bars = new OrclBars(new double[n], new double[n], new double[n], new double[n],
                new double[n]);
        for (int i = 0; i < n; i++) {
            String[] cells = rows.get(i + 1).strip().split(",");
            bars.open[i] = Double.parseDouble(cells[1]);
            bars.high[i] = Double.parseDouble(cells[2]);
            bars.low[i] = Double.parseDouble(cells[3]);
            bars.close[i] = Double.parseDouble(cells[4]);
            bars.volume[i] = Double.parseDouble(cells[6]);
        }
        return bars;
    }

    private static Path sharedData() {
        String configured = System.getenv("WAVE_SHARED_DATA");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        Path root = dir != null ? dir : Path.of("").toAbsolutePath();
        return root.resolve("../shared/data");
    }

    int size() {
        return close.length;
    }

    /** Feeds bar {@code i} to a streaming indicator. */
    void feed(BarIndicator indicator, int i) {
        indicator.update(open[i], high[i], low[i], close[i], volume[i]);
    }
}
