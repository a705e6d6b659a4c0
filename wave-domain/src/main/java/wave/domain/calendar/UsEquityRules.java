package wave.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * NYSE (and Nasdaq) holidays, special closures and 1 p.m. early closes of one year, per NYSE Rule 7.2 and the
 * exchange's published calendars.
 *
 * <p>Holidays: New Year's Day, Martin Luther King Jr. Day (from 1998), Washington's Birthday, Good Friday,
 * Memorial Day, Juneteenth (from 2022), Independence Day, Labor Day, Thanksgiving and Christmas. A holiday on a
 * Saturday is observed on the Friday before and one on a Sunday on the Monday after, except New Year's Day on a
 * Saturday, which is not observed at all: Rule 7.2 keeps the exchange open on a Friday that ends the yearly
 * accounting period (e.g. 2021-12-31 was a trading day).
 *
 * <p>Early closes (from 1995): July 3 when it is a Monday, Tuesday or Thursday; when July 4 is a Thursday, July
 * 5 before 2013 and July 3 from 2013; the day after Thanksgiving; December 24 from Monday to Thursday; and the
 * one-off 1997-12-26 and 2003-12-26. No early close precedes a Friday-observed or Monday-observed Independence
 * Day (e.g. 2015-07-02 and 2021-07-02 were full days).
 *
 * <p>The rules are the modern ones throughout: years before 1995 miss, for instance, the 2 p.m. early closes and
 * the 1985 Hurricane Gloria closure, and years before 1971 the fixed-date Washington's Birthday and Memorial Day.
 */
final class UsEquityRules {
    private static final Map<LocalDate, String> SPECIAL_CLOSURES = Map.ofEntries(
            Map.entry(LocalDate.of(1994, 4, 27), "Funeral of President Nixon"),
            Map.entry(LocalDate.of(2001, 9, 11), "September 11 attacks"),
            Map.entry(LocalDate.of(2001, 9, 12), "September 11 attacks"),
            Map.entry(LocalDate.of(2001, 9, 13), "September 11 attacks"),
            Map.entry(LocalDate.of(2001, 9, 14), "September 11 attacks"),
            Map.entry(LocalDate.of(2004, 6, 11), "National day of mourning for President Reagan"),
            Map.entry(LocalDate.of(2007, 1, 2), "National day of mourning for President Ford"),
            Map.entry(LocalDate.of(2012, 10, 29), "Hurricane Sandy"),
            Map.entry(LocalDate.of(2012, 10, 30), "Hurricane Sandy"),
            Map.entry(LocalDate.of(2018, 12, 5), "National day of mourning for President George H. W. Bush"),
            Map.entry(LocalDate.of(2025, 1, 9), "National day of mourning for President Carter"));

    private static final Set<LocalDate> AD_HOC_EARLY_CLOSES = Set.of(
            LocalDate.of(1997, 12, 26), LocalDate.of(2003, 12, 26));

    /** First year with rule-based early closes at 1 p.m. */
    static final int FIRST_EARLY_CLOSE_YEAR = 1995;

    private UsEquityRules() {
    }

    /**
     * Weekday closures falling in {@code year}, date to reason (holiday name or special closure), in date order.
     * Holidays observed across a year boundary are counted in the year of the observed date.
     */
    static NavigableMap<LocalDate, String> closures(int year) {
        NavigableMap<LocalDate, String> closed = new TreeMap<>();
        for (int ruleYear = year - 1; ruleYear <= year + 1; ruleYear++) {
            holidaysOf(ruleYear).forEach((date, reason) -> {
                if (date.getYear() == year) {
                    closed.put(date, reason);
                }
            });
        }
        SPECIAL_CLOSURES.forEach((date, reason) -> {
            if (date.getYear() == year) {
                closed.put(date, reason);
            }
        });
        return Collections.unmodifiableNavigableMap(closed);
    }

    /** The regular holidays of {@code year}'s rules, at their observed dates (which may fall in another year). */
    private static Map<LocalDate, String> holidaysOf(int year) {
        Map<LocalDate, String> closed = new TreeMap<>();
        LocalDate newYear = LocalDate.of(year, Month.JANUARY, 1);
        if (newYear.getDayOfWeek() != DayOfWeek.SATURDAY) {
            closed.put(observed(newYear), "New Year's Day");
        }
        if (year >= 1998) {
            closed.put(nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY), "Martin Luther King Jr. Day");
        }
        closed.put(nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY), "Washington's Birthday");
        closed.put(Easter.sunday(year).minusDays(2), "Good Friday");
        closed.put(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Memorial Day");
        if (year >= 2022) {
            closed.put(observed(LocalDate.of(year, Month.JUNE, 19)), "Juneteenth");
        }
        closed.put(observed(LocalDate.of(year, Month.JULY, 4)), "Independence Day");
        closed.put(nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY), "Labor Day");
        closed.put(thanksgiving(year), "Thanksgiving Day");
        closed.put(observed(LocalDate.of(year, Month.DECEMBER, 25)), "Christmas Day");
        return closed;
    }

    /** Weekdays of {@code year} on which the exchange closes at 1 p.m., in date order; none before 1995. */
    static Set<LocalDate> earlyCloses(int year) {
        Set<LocalDate> early = new TreeSet<>();
        if (year < FIRST_EARLY_CLOSE_YEAR) {
            return Collections.unmodifiableSet(early);
        }
        LocalDate july3 = LocalDate.of(year, Month.JULY, 3);
        switch (july3.getDayOfWeek()) {
            case MONDAY, TUESDAY, THURSDAY -> early.add(july3);
            case WEDNESDAY -> early.add(year >= 2013 ? july3 : july3.plusDays(2));
            default -> {
                // July 4 on a Saturday (observed Friday July 3), Sunday or Monday: no early close.
            }
        }
        early.add(thanksgiving(year).plusDays(1));
        LocalDate christmasEve = LocalDate.of(year, Month.DECEMBER, 24);
        if (christmasEve.getDayOfWeek().getValue() <= DayOfWeek.THURSDAY.getValue()) {
            early.add(christmasEve);
        }
        AD_HOC_EARLY_CLOSES.stream().filter(d -> d.getYear() == year).forEach(early::add);
        early.removeAll(closures(year).keySet());
        return Collections.unmodifiableSet(early);
    }

    /** Saturday to the Friday before, Sunday to the Monday after, weekdays unchanged. */
    private static LocalDate observed(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.minusDays(1);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    private static LocalDate thanksgiving(int year) {
        return nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY);
    }

    private static LocalDate nth(int year, Month month, int n, DayOfWeek day) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }
}
