package wave.engine.algo;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TreeMap;
import wave.domain.market.BarSeries;

/**
 * The expected volume of each bar of the day, from history: the mean volume of the bars that started at the same
 * time of day (in the market's zone) over the days of the history that had one. A time inside a bar reads that bar's
 * volume (09:31:30 reads the 09:31 one-minute bar). A VWAP spreads its parent over its bars by these volumes, and a
 * participation cap limits each child to a fraction of them.
 */
public final class VolumeProfile {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final ZoneId zone;
    private final long barNanos;
    private final TreeMap<LocalTime, double[]> sumAndCount = new TreeMap<>();

    private VolumeProfile(ZoneId zone, long barNanos) {
        this.zone = zone;
        this.barNanos = barNanos;
    }

    /**
     * The profile of intraday bars.
     *
     * @param history intraday bars labelled with their start, e.g. the last 20 sessions of one-minute bars
     * @param zone    the market's zone (the calendar's), so that the profile follows the exchange's clock across
     *                daylight saving
     * @throws IllegalArgumentException for bars of a day or longer
     */
    public static VolumeProfile of(BarSeries history, ZoneId zone) {
        if (!history.spec().isIntraday()) {
            throw new IllegalArgumentException("a volume profile needs intraday bars, got " + history.spec() + " bars of "
                    + history.instrument());
        }
        VolumeProfile profile = new VolumeProfile(zone, history.spec().duration().toNanos());
        for (int i = 0; i < history.size(); i++) {
            double[] entry = profile.sumAndCount.computeIfAbsent(profile.timeOfDay(history.tsNanos(i)), t -> new double[2]);
            entry[0] += history.volume(i);
            entry[1]++;
        }
        return profile;
    }

    /**
     * Expected volume of the bar holding {@code tsNanos} (nanoseconds since the epoch, UTC): of the latest bar of the
     * day starting at or before its time of day and ending after it; 0 if the history has none.
     */
    public double expectedVolume(long tsNanos) {
        double[] entry = bar(tsNanos);
        return entry == null ? 0 : entry[0] / entry[1];
    }

    /** How many days of history had the bar holding the time of day of {@code tsNanos}. */
    public int days(long tsNanos) {
        double[] entry = bar(tsNanos);
        return entry == null ? 0 : (int) entry[1];
    }

    private double[] bar(long tsNanos) {
        LocalTime time = timeOfDay(tsNanos);
        Map.Entry<LocalTime, double[]> start = sumAndCount.floorEntry(time);
        if (start == null || time.toNanoOfDay() - start.getKey().toNanoOfDay() >= barNanos) {
            return null;
        }
        return start.getValue();
    }

    private LocalTime timeOfDay(long tsNanos) {
        Instant instant = Instant.ofEpochSecond(Math.floorDiv(tsNanos, NANOS_PER_SECOND), Math.floorMod(tsNanos, NANOS_PER_SECOND));
        return ZonedDateTime.ofInstant(instant, zone).toLocalTime();
    }
}
