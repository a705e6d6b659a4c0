package wave.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Spot FX: the trading week runs from Sunday 17:00 to Friday 17:00 America/New_York. The session of a trading
 * date (Monday to Friday) runs from 17:00 New York on the day before to 17:00 New York on that date, the usual
 * FX rollover, so Monday's session opens on Sunday and the market is closed from Friday 17:00 through Saturday
 * to Sunday 17:00. Holidays (Christmas, New Year) are ignored: the interbank market thins but does not close.
 */
final class FxCalendar extends SessionCalendar {
    /** Zone of the FX day boundary. */
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Daily rollover (end of one FX day, start of the next), New York time. */
    static final LocalTime ROLLOVER = LocalTime.of(17, 0);

    FxCalendar() {
        super(NEW_YORK);
    }

    @Override
    public boolean isTradingDay(LocalDate date) {
        requireDate(date);
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    @Override
    public Optional<Session> session(LocalDate date) {
        if (!isTradingDay(date)) {
            return Optional.empty();
        }
        return Optional.of(new Session(date, ZonedDateTime.of(date.minusDays(1), ROLLOVER, NEW_YORK),
                ZonedDateTime.of(date, ROLLOVER, NEW_YORK), false));
    }

    @Override
    public String toString() {
        return "FX";
    }
}
