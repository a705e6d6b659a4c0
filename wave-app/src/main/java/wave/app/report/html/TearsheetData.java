package wave.app.report.html;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a tearsheet shows, read from a run directory or a stored run.
 *
 * @param title            heading of the page (strategy and run)
 * @param currency         account currency
 * @param tsNanos          time of each equity sample, nanoseconds since the epoch (UTC), strictly increasing
 * @param equity           equity at each sample
 * @param benchmarkName    instrument of the buy-and-hold benchmark, or null when the run has none
 * @param benchmark        benchmark value at each sample scaled to the starting equity, or null when its prices
 *                         could not be read
 * @param metrics          the run's metrics as summary.json holds them (key to value), as computed by wave-research
 * @param benchmarkMetrics the benchmark's metrics in the same form (empty when there is none)
 * @param tradesCsv        the closed trades in the {@code trades.csv} format
 * @param prices           the closes of each instrument of the run's data, for the price charts (empty when the data
 *                         is no longer at its recorded path)
 */
public record TearsheetData(String title, String currency, long[] tsNanos, double[] equity, String benchmarkName,
                            double[] benchmark, Map<String, Object> metrics, Map<String, Object> benchmarkMetrics,
                            String tradesCsv, List<InstrumentPrices> prices) {
    /** Requires matching lengths. */
    public TearsheetData {
        if (tsNanos.length != equity.length || (benchmark != null && benchmark.length != equity.length)) {
            throw new IllegalArgumentException("equity, times and benchmark must have the same length");
        }
    }

    /** The same run with other price charts (e.g. with the strategy's indicators drawn over them). */
    public TearsheetData withPrices(List<InstrumentPrices> value) {
        return new TearsheetData(title, currency, tsNanos, equity, benchmarkName, benchmark, metrics, benchmarkMetrics,
                tradesCsv, List.copyOf(value));
    }

    /**
     * The closed trades' rows (header excluded), split at commas: rows whose {@code status} is {@code open} (positions
     * held at the end, which trades.csv lists last) are left out.
     */
    public List<String[]> tradeRows() {
        int status = Arrays.asList(tradeHeader()).indexOf("status");
        return tradesCsv.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1))
                .filter(row -> status < 0 || status >= row.length || !row[status].equals("open")).toList();
    }

    /** The trade table's column names. */
    public String[] tradeHeader() {
        return tradesCsv.lines().findFirst().orElse("").split(",", -1);
    }
}
