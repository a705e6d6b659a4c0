package wave.research.metrics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import wave.domain.calendar.ExchangeCalendars;
import wave.domain.calendar.TradingCalendar;
import wave.domain.market.BarSpec;

/**
 * Annualisation read from the data's own timestamps rather than from a count of bars.
 *
 * <ul>
 *   <li><b>Sessions a year.</b> Data with bars on Saturdays or Sundays (more than {@value #WEEKEND_SHARE} of its
 *       dates) trades every day: 365 sessions a year on the 24/7 calendar. Otherwise it is exchange data: 252
 *       sessions a year on the NYSE calendar (whose holidays decide which weekdays are sessions).</li>
 *   <li><b>Periods a year.</b> Daily bars of {@code c} days: sessions a year / {@code c}; intraday bars: sessions a
 *       year x the bars of a typical session (the median count of bars per date), so 5-minute bars of a
 *       09:00-17:30 market count 102 a session, not the 78 of a 390-minute US session; weekly bars 52, monthly 12.</li>
 *   <li><b>Years elapsed</b> (the CAGR exponent). Bars over periods a year, unless the data has holes: when its bars
 *       are fewer than {@value #MIN_COVERAGE} of what its calendar expects between its first and last timestamp
 *       (e.g. 2006 and 2014 in one directory), the time between them counts, measured in the calendar's sessions.</li>
 * </ul>
 * Complete daily exchange data therefore keeps 252 periods a year and its bar count as its years.
 */
public final class Annualisation {
    /** Share of dates falling on a weekend above which data is read as trading every day. */
    static final double WEEKEND_SHARE = 0.1;
    /** Share of the expected bars below which the elapsed time, not the bar count, gives the years. */
    static final double MIN_COVERAGE = 0.9;
    private static final int EXCHANGE_SESSIONS = BarSpec.TRADING_DAYS_PER_YEAR;
    private static final int DAILY_SESSIONS = 365;
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private Annualisation() {
    }

    /**
     * The metrics settings that fit a run's timestamps: periods a year and, for data with holes, the years elapsed.
     * No risk-free rate, 95% VaR (change them with the {@code with...} methods).
     *
     * @param tsNanos bar timestamps, nanoseconds since the epoch (UTC), ascending; at least two
     * @param spec    the bars' length
     */
    public static MetricsConfig infer(long[] tsNanos, BarSpec spec) {
        Objects.requireNonNull(tsNanos, "tsNanos");
        Objects.requireNonNull(spec, "spec");
        if (tsNanos.length < 2) {
            return MetricsConfig.forBars(spec);
        }
        long[] days = days(tsNanos);
        boolean everyDay = weekendShare(days) > WEEKEND_SHARE;
        TradingCalendar calendar = everyDay ? ExchangeCalendars.crypto() : ExchangeCalendars.nyse();
        int sessionsPerYear = everyDay ? DAILY_SESSIONS : EXCHANGE_SESSIONS;
        double periodsPerYear = periodsPerYear(spec, sessionsPerYear, days);
        double expectedPeriods = expectedPeriods(spec, calendar, LocalDate.ofEpochDay(days[0]),
                LocalDate.ofEpochDay(days[days.length - 1]), periodsPerYear / sessionsPerYear);
        double years = tsNanos.length < MIN_COVERAGE * expectedPeriods
                ? (expectedPeriods - 1) / periodsPerYear : Double.NaN;
        return new MetricsConfig(periodsPerYear, 0.0, 0.95, years);
    }

    private static double periodsPerYear(BarSpec spec, int sessionsPerYear, long[] days) {
        return switch (spec.unit()) {
            case MINUTE, HOUR -> sessionsPerYear * medianBarsPerDate(days);
            case DAY -> sessionsPerYear / (double) spec.count();
            case WEEK, MONTH -> spec.periodsPerYear();
        };
    }

    /** Periods the calendar holds from the first timestamp's date to the last's, both included. */
    private static double expectedPeriods(BarSpec spec, TradingCalendar calendar, LocalDate first, LocalDate last,
                                          double periodsPerSession) {
        return switch (spec.unit()) {
            case MINUTE, HOUR, DAY -> (calendar.tradingDaysBetween(first, last) + 1) * periodsPerSession;
            case WEEK -> (last.toEpochDay() - first.toEpochDay()) / (7.0 * spec.count()) + 1;
            case MONTH -> (last.getYear() * 12 + last.getMonthValue() - first.getYear() * 12 - first.getMonthValue())
                    / (double) spec.count() + 1;
        };
    }

    /** Each timestamp's UTC date (a daily bar's label date) as days since the epoch. */
    private static long[] days(long[] tsNanos) {
        long[] days = new long[tsNanos.length];
        for (int i = 0; i < tsNanos.length; i++) {
            days[i] = Math.floorDiv(tsNanos[i], NANOS_PER_DAY);
        }
        return days;
    }

    private static double weekendShare(long[] days) {
        int distinct = 0;
        int weekend = 0;
        for (int i = 0; i < days.length; i++) {
            if (i > 0 && days[i] == days[i - 1]) {
                continue;
            }
            distinct++;
            // 1970-01-01 was a Thursday: day 2 and 3 of the epoch's week are Saturday and Sunday.
            long weekday = Math.floorMod(days[i] + 3, 7);
            if (weekday >= 5) {
                weekend++;
            }
        }
        return weekend / (double) distinct;
    }

    private static double medianBarsPerDate(long[] days) {
        int[] counts = new int[days.length];
        int distinct = 0;
        for (int i = 0; i < days.length; i++) {
            if (i == 0 || days[i] != days[i - 1]) {
                distinct++;
            }
            counts[distinct - 1]++;
        }
        int[] perDay = Arrays.copyOf(counts, distinct);
        Arrays.sort(perDay);
        return distinct % 2 == 1 ? perDay[distinct / 2] : (perDay[distinct / 2 - 1] + perDay[distinct / 2]) / 2.0;
    }
}
