package wave.risk;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;

/**
 * {@link AverageVolume} from the run's bar series: the mean volume of the last {@code window} bars labelled at or
 * before the time asked (daily bars: the average daily volume; a bar labelled at the current step is the bar just
 * completed). Prefix sums make each answer a binary search and a subtraction.
 */
public final class BarVolumes implements AverageVolume {
    private final Map<InstrumentId, Series> series = new HashMap<>();
    private final int window;

    private record Series(long[] tsNanos, double[] cumulative) {
    }

    /**
     * Volumes of {@code data}.
     *
     * @param window bars averaged (e.g. 20)
     */
    public BarVolumes(List<BarSeries> data, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("volume window must be >= 1 bar, got " + window);
        }
        this.window = window;
        for (BarSeries s : data) {
            double[] volumes = s.volumes();
            double[] cumulative = new double[volumes.length + 1];
            for (int i = 0; i < volumes.length; i++) {
                cumulative[i + 1] = cumulative[i] + volumes[i];
            }
            series.put(s.instrument(), new Series(s.timestamps(), cumulative));
        }
    }

    @Override
    public double averageDailyVolume(InstrumentId instrument, long nowNanos) {
        Series s = series.get(instrument);
        if (s == null) {
            return Double.NaN;
        }
        int found = Arrays.binarySearch(s.tsNanos(), nowNanos);
        int end = found >= 0 ? found + 1 : -found - 1; // bars [0, end) are labelled at or before now
        if (end < window) {
            return Double.NaN;
        }
        return (s.cumulative()[end] - s.cumulative()[end - window]) / window;
    }
}
