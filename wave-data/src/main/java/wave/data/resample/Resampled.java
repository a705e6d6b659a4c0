package wave.data.resample;

import java.util.Objects;
import wave.domain.market.BarSeries;

/**
 * The outcome of {@link Resampler#resample}.
 *
 * @param series      the longer bars; {@link BarSeries#label()} says which end of each bar its timestamp names
 * @param droppedBars source bars left out because they started outside every session ({@link OutsideSession#DROP})
 */
public record Resampled(BarSeries series, int droppedBars) {
    /** Requires the series and a non-negative count. */
    public Resampled {
        Objects.requireNonNull(series, "series");
        if (droppedBars < 0) {
            throw new IllegalArgumentException("dropped bars must be >= 0, got " + droppedBars);
        }
    }
}
