package wave.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Weekday closures of whole years against hand-listed NYSE holiday calendars. */
class NyseHolidaysTest {
    private static final TradingCalendar NYSE = ExchangeCalendars.nyse();

    static Stream<Arguments> holidayYears() {
        return Stream.of(
                // 1997: before MLK Day was an exchange holiday (1997-01-20 traded)
                year(1997, "01-01", "02-17", "03-28", "05-26", "07-04", "09-01", "11-27", "12-25"),
                // 2001: September 11 closures
                year(2001, "01-01", "01-15", "02-19", "04-13", "05-28", "07-04", "09-03", "09-11", "09-12", "09-13",
                        "09-14", "11-22", "12-25"),
                // 2011: New Year's Day on a Saturday, not observed (2010-12-31 traded)
                year(2011, "01-17", "02-21", "04-22", "05-30", "07-04", "09-05", "11-24", "12-26"),
                // 2012: New Year's Day on a Sunday (observed Monday), Hurricane Sandy
                year(2012, "01-02", "01-16", "02-20", "04-06", "05-28", "07-04", "09-03", "10-29", "10-30", "11-22",
                        "12-25"),
                year(2019, "01-01", "01-21", "02-18", "04-19", "05-27", "07-04", "09-02", "11-28", "12-25"),
                // 2020: Independence Day on a Saturday, observed Friday
                year(2020, "01-01", "01-20", "02-17", "04-10", "05-25", "07-03", "09-07", "11-26", "12-25"),
                // 2021: Independence Day on a Sunday (observed Monday), Christmas on a Saturday (observed Friday)
                year(2021, "01-01", "01-18", "02-15", "04-02", "05-31", "07-05", "09-06", "11-25", "12-24"),
                // 2022: no New Year's Day holiday (Saturday), first Juneteenth observed Monday June 20
                year(2022, "01-17", "02-21", "04-15", "05-30", "06-20", "07-04", "09-05", "11-24", "12-26"),
                year(2023, "01-02", "01-16", "02-20", "04-07", "05-29", "06-19", "07-04", "09-04", "11-23", "12-25"),
                year(2024, "01-01", "01-15", "02-19", "03-29", "05-27", "06-19", "07-04", "09-02", "11-28", "12-25"),
                // 2025: national day of mourning for President Carter
                year(2025, "01-01", "01-09", "01-20", "02-17", "04-18", "05-26", "06-19", "07-04", "09-01", "11-27",
                        "12-25"),
                year(2026, "01-01", "01-19", "02-16", "04-03", "05-25", "06-19", "07-03", "09-07", "11-26", "12-25"));
    }

    private static Arguments year(int year, String... monthDays) {
        return Arguments.of(year, Arrays.stream(monthDays).map(md -> LocalDate.parse(year + "-" + md)).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("holidayYears")
    void weekdayClosuresOfTheYearAreExactlyTheHolidays(int year, List<LocalDate> expected) {
        assertThat(weekdayClosures(NYSE, year)).containsExactlyElementsOf(expected);
    }

    @Test
    void saturdayNewYearIsNotObservedOnTheFridayBefore() {
        assertThat(NYSE.isTradingDay(LocalDate.of(2021, 12, 31))).isTrue();
        assertThat(NYSE.isTradingDay(LocalDate.of(2010, 12, 31))).isTrue();
        assertThat(NYSE.isTradingDay(LocalDate.of(1999, 12, 31))).isTrue();
        assertThat(NYSE.session(LocalDate.of(2021, 12, 31)).orElseThrow().earlyClose()).isFalse();
    }

    @Test
    void specialClosuresAreClosed() {
        assertThat(Stream.of("1994-04-27", "2001-09-11", "2001-09-12", "2001-09-13", "2001-09-14", "2004-06-11",
                "2007-01-02", "2012-10-29", "2012-10-30", "2018-12-05", "2025-01-09").map(LocalDate::parse))
                .allSatisfy(date -> assertThat(NYSE.isTradingDay(date)).as("%s", date).isFalse());
        assertThat(NYSE.isTradingDay(LocalDate.of(2001, 9, 17))).isTrue();
        assertThat(NYSE.isTradingDay(LocalDate.of(2012, 10, 31))).isTrue();
    }

    @Test
    void weekendsAreNeverTradingDays() {
        assertThat(NYSE.isTradingDay(LocalDate.of(2021, 4, 17))).isFalse();
        assertThat(NYSE.isTradingDay(LocalDate.of(2021, 4, 18))).isFalse();
        assertThat(NYSE.session(LocalDate.of(2021, 4, 18))).isEmpty();
    }

    @Test
    void nasdaqFollowsTheSameRules() {
        TradingCalendar nasdaq = ExchangeCalendars.nasdaq();
        for (int year = 1995; year <= 2026; year++) {
            assertThat(weekdayClosures(nasdaq, year)).as("%d", year).isEqualTo(weekdayClosures(NYSE, year));
        }
        assertThat(nasdaq.session(LocalDate.of(2019, 12, 24))).isEqualTo(NYSE.session(LocalDate.of(2019, 12, 24)));
        assertThat(nasdaq.zone()).isEqualTo(NYSE.zone());
        assertThat(nasdaq).hasToString("NASDAQ");
        assertThat(NYSE).hasToString("NYSE");
    }

    @Test
    void everyYearHasBetween250And253TradingDaysExceptTheSeptember11Year() {
        assertThat(NYSE.tradingDaysBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1))).isEqualTo(252);
        assertThat(NYSE.tradingDaysBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1))).isEqualTo(253);
        assertThat(NYSE.tradingDaysBetween(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1))).isEqualTo(252);
        assertThat(NYSE.tradingDaysBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1))).isEqualTo(251);
        assertThat(NYSE.tradingDaysBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1))).isEqualTo(250);
        assertThat(NYSE.tradingDaysBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1))).isEqualTo(252);
        assertThat(NYSE.tradingDaysBetween(LocalDate.of(2001, 1, 1), LocalDate.of(2002, 1, 1))).isEqualTo(248);
    }

    static List<LocalDate> weekdayClosures(TradingCalendar calendar, int year) {
        return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                .filter(d -> !calendar.isTradingDay(d))
                .toList();
    }
}
