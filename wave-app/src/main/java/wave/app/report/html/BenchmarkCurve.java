package wave.app.report.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import wave.data.csv.CsvImporters;
import wave.data.csv.LoadOptions;
import wave.domain.market.BarSeries;

/** The buy-and-hold curve of a run's data file, on the run's own times and scaled to its starting equity. */
public final class BenchmarkCurve {
    private BenchmarkCurve() {
    }

    /**
     * The close of the bar at or before each time, times {@code startEquity / first close}; null when the file is
     * gone, is not one bar file, or has no bar at the first time.
     */
    public static double[] read(Path file, long[] ts, double startEquity) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        BarSeries series = CsvImporters.load(file, LoadOptions.defaults()).series();
        return scale(series.timestamps(), series.closes(), ts, startEquity);
    }

    /**
     * The closes {@code closes} (at times {@code barTs}) at or before each time {@code ts}, times
     * {@code startEquity / first close}; null when there is no bar at the first time.
     */
    public static double[] scale(long[] barTs, double[] closes, long[] ts, double startEquity) {
        double[] out = new double[ts.length];
        int j = -1;
        for (int i = 0; i < ts.length; i++) {
            while (j + 1 < barTs.length && barTs[j + 1] <= ts[i]) {
                j++;
            }
            if (j < 0) {
                return null;
            }
            out[i] = closes[j];
        }
        double factor = startEquity / out[0];
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }
}
