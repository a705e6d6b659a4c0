package wave.domain.market;

import java.time.Duration;
import java.util.Locale;

/**
 * The length of one bar: {@code 1m}, {@code 5m}, {@code 15m}, {@code 30m}, {@code 1h}, {@code 4h}, {@code 1d},
 * {@code 1w} or {@code 1mo} (any positive count of a unit is accepted).
 *
 * @param count how many units one bar spans
 * @param unit  the unit
 */
public record BarSpec(int count, Unit unit) {
    /** One minute. */
    public static final BarSpec MINUTE_1 = new BarSpec(1, Unit.MINUTE);
    /** Five minutes. */
    public static final BarSpec MINUTE_5 = new BarSpec(5, Unit.MINUTE);
    /** One hour. */
    public static final BarSpec HOUR_1 = new BarSpec(1, Unit.HOUR);
    /** One trading day. */
    public static final BarSpec DAY_1 = new BarSpec(1, Unit.DAY);
    /** One week. */
    public static final BarSpec WEEK_1 = new BarSpec(1, Unit.WEEK);

    /** Trading days per year used to annualise daily statistics. */
    public static final int TRADING_DAYS_PER_YEAR = 252;
    /** Minutes in a regular US equity session (09:30-16:00), used to annualise intraday statistics. */
    public static final int SESSION_MINUTES = 390;

    /** Time units of a bar. */
    public enum Unit {
        /** Minutes ({@code m}). */
        MINUTE("m"),
        /** Hours ({@code h}). */
        HOUR("h"),
        /** Trading days ({@code d}). */
        DAY("d"),
        /** Weeks ({@code w}). */
        WEEK("w"),
        /** Calendar months ({@code mo}). */
        MONTH("mo");

        private final String suffix;

        Unit(String suffix) {
            this.suffix = suffix;
        }

        /** The suffix used in text, e.g. {@code m} in {@code 5m}. */
        public String suffix() {
            return suffix;
        }
    }

    /** Requires a positive count. */
    public BarSpec {
        if (count <= 0) {
            throw new IllegalArgumentException("bar count must be > 0, got " + count);
        }
        if (unit == null) {
            throw new IllegalArgumentException("bar unit is required");
        }
    }

    /**
     * Parses {@code 1m}, {@code 5m}, {@code 1h}, {@code 1d}, {@code 1w}, {@code 1mo} and the like.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static BarSpec parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        int digits = 0;
        while (digits < t.length() && Character.isDigit(t.charAt(digits))) {
            digits++;
        }
        String suffix = t.substring(digits);
        for (Unit unit : Unit.values()) {
            if (unit.suffix.equals(suffix) && digits > 0) {
                return new BarSpec(Integer.parseInt(t.substring(0, digits)), unit);
            }
        }
        throw new IllegalArgumentException("bar spec '" + text + "' not understood; expected e.g. 1m, 5m, 15m, 1h, 4h, 1d, 1w, 1mo");
    }

    /** Nominal duration of one bar (a month counts as 30 days, a day as 24 hours). */
    public Duration duration() {
        return switch (unit) {
            case MINUTE -> Duration.ofMinutes(count);
            case HOUR -> Duration.ofHours(count);
            case DAY -> Duration.ofDays(count);
            case WEEK -> Duration.ofDays(7L * count);
            case MONTH -> Duration.ofDays(30L * count);
        };
    }

    /**
     * Bars per year for annualising statistics: 252 trading days; 52 weeks; 12 months; intraday bars count
     * 390-minute US equity sessions (252 x 390 minutes per year).
     */
    public double periodsPerYear() {
        return switch (unit) {
            case MINUTE -> TRADING_DAYS_PER_YEAR * (double) SESSION_MINUTES / count;
            case HOUR -> TRADING_DAYS_PER_YEAR * (SESSION_MINUTES / 60.0) / count;
            case DAY -> TRADING_DAYS_PER_YEAR / (double) count;
            case WEEK -> 52.0 / count;
            case MONTH -> 12.0 / count;
        };
    }

    /** True for bars shorter than a day. */
    public boolean isIntraday() {
        return unit == Unit.MINUTE || unit == Unit.HOUR;
    }

    @Override
    public String toString() {
        return count + unit.suffix;
    }
}
