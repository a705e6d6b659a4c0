package wave.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NYSE session times, half days, daylight-saving shifts and the instant queries. */
class NyseSessionTest {
    private static final TradingCalendar NYSE = ExchangeCalendars.nyse();
    private static final ZoneId NY = ZoneId.of("America/New_York");

    private static Instant ny(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NY).toInstant();
    }

    @Test
    void regularSessionIsNineThirtyToFourNewYorkTime() {
        Session session = NYSE.session(LocalDate.of(2021, 4, 16)).orElseThrow();
        assertThat(NYSE.zone()).isEqualTo(NY);
        assertThat(session.date()).isEqualTo(LocalDate.of(2021, 4, 16));
        assertThat(session.open()).isEqualTo(ZonedDateTime.of(2021, 4, 16, 9, 30, 0, 0, NY));
        assertThat(session.close()).isEqualTo(ZonedDateTime.of(2021, 4, 16, 16, 0, 0, 0, NY));
        assertThat(session.openInstant()).isEqualTo(Instant.parse("2021-04-16T13:30:00Z"));
        assertThat(session.closeInstant()).isEqualTo(Instant.parse("2021-04-16T20:00:00Z"));
        assertThat(session.earlyClose()).isFalse();
        assertThat(session.length()).isEqualTo(Duration.ofMinutes(390));
    }

    @ParameterizedTest(name = "{0} closes {1} New York ({2})")
    @CsvSource({
            "2019-07-03, 13:00, 2019-07-03T17:00:00Z",
            "2019-11-29, 13:00, 2019-11-29T18:00:00Z",
            "2019-12-24, 13:00, 2019-12-24T18:00:00Z",
            // July 4 on a Thursday: Friday July 5 was the half day until 2012, Wednesday July 3 from 2013
            "2002-07-03, 16:00, 2002-07-03T20:00:00Z",
            "2002-07-05, 13:00, 2002-07-05T17:00:00Z",
            "2013-07-03, 13:00, 2013-07-03T17:00:00Z",
            "2019-07-05, 16:00, 2019-07-05T20:00:00Z",
            // July 4 on a Tuesday: Monday July 3 is a half day
            "2023-07-03, 13:00, 2023-07-03T17:00:00Z",
            "2025-07-03, 13:00, 2025-07-03T17:00:00Z",
            // Independence Day observed on Friday or Monday: the day before is a full day
            "2015-07-02, 16:00, 2015-07-02T20:00:00Z",
            "2020-07-02, 16:00, 2020-07-02T20:00:00Z",
            "2021-07-02, 16:00, 2021-07-02T20:00:00Z",
            "2022-07-01, 16:00, 2022-07-01T20:00:00Z",
            // Christmas Eve: half day Monday to Thursday; 2021-12-24 was the observed holiday
            "2020-12-24, 13:00, 2020-12-24T18:00:00Z",
            "2021-12-23, 16:00, 2021-12-23T21:00:00Z",
            "2018-12-24, 13:00, 2018-12-24T18:00:00Z",
            "1996-12-24, 13:00, 1996-12-24T18:00:00Z",
            // one-off half days after Christmas
            "1997-12-26, 13:00, 1997-12-26T18:00:00Z",
            "2003-12-26, 13:00, 2003-12-26T18:00:00Z",
            "2025-11-28, 13:00, 2025-11-28T18:00:00Z",
            "2026-12-24, 13:00, 2026-12-24T18:00:00Z",
    })
    void closesEarlyOnHalfDays(LocalDate date, LocalTime closeNewYork, Instant closeUtc) {
        Session session = NYSE.session(date).orElseThrow();
        assertThat(session.close().toLocalTime()).isEqualTo(closeNewYork);
        assertThat(session.closeInstant()).isEqualTo(closeUtc);
        assertThat(session.open().toLocalTime()).isEqualTo(LocalTime.of(9, 30));
        assertThat(session.earlyClose()).isEqualTo(closeNewYork.equals(LocalTime.of(13, 0)));
    }

    @Test
    void halfDayClosesAtOnePm() {
        Instant lastMinute = ny("2019-11-29T12:59:59");
        assertThat(NYSE.isOpen(lastMinute)).isTrue();
        assertThat(NYSE.isOpen(ny("2019-11-29T13:00:00"))).isFalse();
        assertThat(NYSE.closeOf(lastMinute)).contains(Instant.parse("2019-11-29T18:00:00Z"));
        assertThat(NYSE.session(LocalDate.of(2019, 11, 29)).orElseThrow().length()).isEqualTo(Duration.ofMinutes(210));
    }

    @ParameterizedTest(name = "{0}: {1} to {2}")
    @CsvSource({
            // DST starts Sunday 2021-03-14: EST (UTC-5) before, EDT (UTC-4) after
            "2021-03-12, 2021-03-12T14:30:00Z, 2021-03-12T21:00:00Z",
            "2021-03-15, 2021-03-15T13:30:00Z, 2021-03-15T20:00:00Z",
            // DST ends Sunday 2021-11-07
            "2021-11-05, 2021-11-05T13:30:00Z, 2021-11-05T20:00:00Z",
            "2021-11-08, 2021-11-08T14:30:00Z, 2021-11-08T21:00:00Z",
    })
    void sessionInUtcShiftsByAnHourAcrossDaylightSaving(LocalDate date, Instant open, Instant close) {
        Session session = NYSE.session(date).orElseThrow();
        assertThat(session.openInstant()).isEqualTo(open);
        assertThat(session.closeInstant()).isEqualTo(close);
        assertThat(session.length()).isEqualTo(Duration.ofMinutes(390));
    }

    @Test
    void isOpenOnlyInsideTheSession() {
        assertThat(NYSE.isOpen(ny("2021-04-16T09:29:59"))).isFalse();
        assertThat(NYSE.isOpen(ny("2021-04-16T09:30:00"))).isTrue();
        assertThat(NYSE.isOpen(ny("2021-04-16T15:59:59"))).isTrue();
        assertThat(NYSE.isOpen(ny("2021-04-16T16:00:00"))).isFalse();
        assertThat(NYSE.isOpen(ny("2021-04-17T12:00:00"))).isFalse();
        assertThat(NYSE.isOpen(ny("2021-04-02T12:00:00"))).as("Good Friday").isFalse();
    }

    @Test
    void acrossAWeekend() {
        Instant fridayClose = ny("2021-04-16T16:00:00");
        Instant mondayOpen = Instant.parse("2021-04-19T13:30:00Z");
        assertThat(NYSE.nextOpen(fridayClose)).contains(mondayOpen);
        assertThat(NYSE.nextOpen(ny("2021-04-17T12:00:00"))).contains(mondayOpen);
        assertThat(NYSE.nextOpen(ny("2021-04-16T10:00:00"))).as("open now: the next session").contains(mondayOpen);
        assertThat(NYSE.nextOpen(mondayOpen)).as("exactly at an open").contains(mondayOpen);

        assertThat(NYSE.nextClose(ny("2021-04-16T10:00:00"))).isEqualTo(Instant.parse("2021-04-16T20:00:00Z"));
        assertThat(NYSE.nextClose(fridayClose)).isEqualTo(Instant.parse("2021-04-19T20:00:00Z"));
        assertThat(NYSE.closeOf(ny("2021-04-16T10:00:00"))).contains(Instant.parse("2021-04-16T20:00:00Z"));
        assertThat(NYSE.closeOf(fridayClose)).isEmpty();
        assertThat(NYSE.closeOf(ny("2021-04-18T12:00:00"))).isEmpty();

        assertThat(NYSE.nextTradingDay(LocalDate.of(2021, 4, 16))).isEqualTo(LocalDate.of(2021, 4, 19));
        assertThat(NYSE.previousTradingDay(LocalDate.of(2021, 4, 19))).isEqualTo(LocalDate.of(2021, 4, 16));
        assertThat(NYSE.previousTradingDay(LocalDate.of(2021, 4, 18))).isEqualTo(LocalDate.of(2021, 4, 16));
    }

    @Test
    void acrossGoodFriday() {
        Instant thursdayClose = ny("2021-04-01T16:00:00");
        assertThat(NYSE.nextOpen(thursdayClose)).contains(Instant.parse("2021-04-05T13:30:00Z"));
        assertThat(NYSE.nextClose(thursdayClose)).isEqualTo(Instant.parse("2021-04-05T20:00:00Z"));
        assertThat(NYSE.nextTradingDay(LocalDate.of(2021, 4, 1))).isEqualTo(LocalDate.of(2021, 4, 5));
        assertThat(NYSE.previousTradingDay(LocalDate.of(2021, 4, 5))).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(NYSE.tradingDaysBetween(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 5))).isEqualTo(1);
        assertThat(NYSE.tradingDaysBetween(LocalDate.of(2021, 4, 5), LocalDate.of(2021, 4, 1))).isEqualTo(-1);
    }

    @Test
    void acrossThanksgivingIntoAHalfDay() {
        Instant thanksgivingNoon = ny("2021-11-25T12:00:00");
        assertThat(NYSE.isOpen(thanksgivingNoon)).isFalse();
        assertThat(NYSE.nextOpen(thanksgivingNoon)).contains(Instant.parse("2021-11-26T14:30:00Z"));
        assertThat(NYSE.nextClose(thanksgivingNoon)).isEqualTo(Instant.parse("2021-11-26T18:00:00Z"));
    }

    @Test
    void acrossTheSeptember11Closure() {
        Instant monday = ny("2001-09-10T16:00:00");
        assertThat(NYSE.nextOpen(monday)).contains(Instant.parse("2001-09-17T13:30:00Z"));
        assertThat(NYSE.nextTradingDay(LocalDate.of(2001, 9, 10))).isEqualTo(LocalDate.of(2001, 9, 17));
        assertThat(NYSE.tradingDaysBetween(LocalDate.of(2001, 9, 10), LocalDate.of(2001, 9, 18))).isEqualTo(2);
    }

    @Test
    void tradingDaysBetweenIsStartInclusiveEndExclusive() {
        LocalDate monday = LocalDate.of(2021, 4, 19);
        assertThat(NYSE.tradingDaysBetween(monday, monday)).isZero();
        assertThat(NYSE.tradingDaysBetween(monday, monday.plusDays(1))).isEqualTo(1);
        assertThat(NYSE.tradingDaysBetween(monday, monday.plusWeeks(1))).isEqualTo(5);
        assertThat(NYSE.tradingDaysBetween(LocalDate.of(2021, 4, 17), LocalDate.of(2021, 4, 19))).isZero();
        assertThat(NYSE.tradingDaysBetween(monday.plusWeeks(1), monday)).isEqualTo(-5);
    }
}
