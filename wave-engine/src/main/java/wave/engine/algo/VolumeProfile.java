package wave.engine.algo;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import wave.domain.market.BarSeries;

/**
 * The expected volume of each bar of the day, from history: the mean volume of the bars that started at the same
 * time of day (in the market's zone) over the days of the history that had one. A VWAP spreads its parent over its
 * bars by these volumes, and a participation cap limits each child to a fraction of them.
 */
public final class VolumeProfile {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final ZoneId zone;
    private final Map<LocalTime, double[]> sumAndCount = new HashMap<>();

    private VolumeProfile(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The profile of intraday bars.
     *
     * @param history bars labelled with their start, e.g. the last 20 sessions of one-minute bars
     * @param zone    the market's zone (the calendar's), so that the profile follows the exchange's clock across
     *                daylight saving
     */
    public static VolumeProfile of(BarSeries history, ZoneId zone) {
        VolumeProfile profile = new VolumeProfile(zone);
        for (int i = 0; i < history.size(); i++) {
            double[] entry = profile.sumAndCount.computeIfAbsent(profile.timeOfDay(history.tsNanos(i)), t -> new double[2]);
            entry[0] += history.volume(i);
            entry[1]++;
        }
        return profile;
    }

    /** Expected volume of the bar starting at {@code tsNanos} (nanoseconds since the epoch, UTC); 0 if none in history. */
    public double expectedVolume(long tsNanos) {
        double[] entry = sumAndCount.get(timeOfDay(tsNanos));
        return entry == null ? 0 : entry[0] / entry[1];
    }

    /** How many days of history had a bar starting at the time of day of {@code tsNanos}. */
    public int days(long tsNanos) {
        double[] entry = sumAndCount.get(timeOfDay(tsNanos));
        return entry == null ? 0 : (int) entry[1];
    }

    private LocalTime timeOfDay(long tsNanos) {
        Instant instant = Instant.ofEpochSecond(Math.floorDiv(tsNanos, NANOS_PER_SECOND), Math.floorMod(tsNanos, NANOS_PER_SECOND));
        return ZonedDateTime.ofInstant(instant, zone).toLocalTime();
    }
}
