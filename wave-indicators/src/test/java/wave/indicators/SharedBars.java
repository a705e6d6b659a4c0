package wave.indicators;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/**
 * Daily bars of one backtrader CSV file ({@code Date,Open,High,Low,Close,Adj Close,Volume}) from
 * the shared data folder: {@code $WAVE_SHARED_DATA}, else {@code ../shared/data} beside the
 * repository root. A missing file fails the test run when {@code CI=true} and skips the calling
 * tests otherwise. Loaded files are cached for the whole test run.
 */
record SharedBars(String file, double[] open, double[] high, double[] low, double[] close,
        double[] volume) {
    /** ORCL 1995-2014, 5036 rows. */
    static final String ORCL = "backtrader/orcl-1995-2014.txt";
    /** NVDA 1999-2014, 4012 rows. */
    static final String NVDA = "backtrader/nvda-1999-2014.txt";

    private static final Map<String, SharedBars> CACHE = new ConcurrentHashMap<>();

    static SharedBars load(String file) {
        Path path = sharedData().resolve(file);
        if (!Files.isRegularFile(path)) {
            String message = "market data file not found: " + path.toAbsolutePath().normalize();
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message + " (set WAVE_SHARED_DATA; required when CI=true)");
        }
        return CACHE.computeIfAbsent(file, f -> read(f, path));
    }

    private static SharedBars read(String file, Path path) {
        List<String> rows;
        try {
            rows = Files.readAllLines(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = rows.size() - 1; // header: Date,Open,High,Low,Close,Adj Close,Volume
        SharedBars bars = new SharedBars(file, new double[n], new double[n], new double[n],
                new double[n], new double[n]);
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

    static Path sharedData() {
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

    @Override
    public String toString() {
        return file.substring(file.lastIndexOf('/') + 1);
    }
}
