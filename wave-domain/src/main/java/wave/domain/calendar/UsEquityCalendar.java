package wave.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A US equity exchange (NYSE, Nasdaq): regular session 09:30-16:00 America/New_York on weekdays, closed on the
 * holidays of {@link UsEquityRules}, closing at 13:00 on its early-close days. Each year's rules are computed
 * once and cached.
 */
final class UsEquityCalendar extends SessionCalendar {
    /** Zone of every US equity session. */
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Regular open, New York time. */
    static final LocalTime OPEN = LocalTime.of(9, 30);
    /** Regular close, New York time. */
    static final LocalTime CLOSE = LocalTime.of(16, 0);
    /** Close of a half day, New York time. */
    static final LocalTime EARLY_CLOSE = LocalTime.of(13, 0);

    private final String name;
    private final Map<Integer, Year> years = new ConcurrentHashMap<>();

    UsEquityCalendar(String name) {
        super(NEW_YORK);
        this.name = name;
    }

    @Override
    public boolean isTradingDay(LocalDate date) {
        requireDate(date);
        return !isWeekend(date) && !year(date).closures().contains(date);
    }

    @Override
    public Optional<Session> session(LocalDate date) {
        if (!isTradingDay(date)) {
            return Optional.empty();
        }
        boolean early = year(date).earlyCloses().contains(date);
        return Optional.of(new Session(date, ZonedDateTime.of(date, OPEN, NEW_YORK),
                ZonedDateTime.of(date, early ? EARLY_CLOSE : CLOSE, NEW_YORK), early));
    }

    @Override
    public String toString() {
        return name;
    }

    private Year year(LocalDate date) {
        return years.computeIfAbsent(date.getYear(),
                y -> new Year(Set.copyOf(UsEquityRules.closures(y).keySet()), UsEquityRules.earlyCloses(y)));
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** One year's weekday closures and early-close days. */
    private record Year(Set<LocalDate> closures, Set<LocalDate> earlyCloses) {
    }
}
