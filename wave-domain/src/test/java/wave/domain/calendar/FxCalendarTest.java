package wave.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FxCalendarTest {
    private static final TradingCalendar FX = ExchangeCalendars.fx();
    private static final ZoneId NY = ZoneId.of("America/New_York");

    private static Instant ny(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NY).toInstant();
    }

    @ParameterizedTest(name = "{0} New York: open={1}")
    @CsvSource({
            "2021-04-16T16:59:59, true",   // Friday, last second of the week
            "2021-04-16T17:00:00, false",  // Friday close
            "2021-04-17T00:00:00, false",  // Saturday
            "2021-04-17T12:00:00, false",
            "2021-04-18T16:59:59, false",  // Sunday before the open
            "2021-04-18T17:00:00, true",   // Sunday open
            "2021-04-19T03:00:00, true",   // Monday night
            "2021-04-21T17:00:00, true",   // Wednesday rollover: a new session starts
            "2020-12-25T12:00:00, true",   // holidays are ignored
    })
    void weekRunsFromSundayFivePmToFridayFivePmNewYork(String localDateTime, boolean open) {
        assertThat(FX.isOpen(ny(localDateTime))).isEqualTo(open);
        assertThat(FX.closeOf(ny(localDateTime)).isPresent()).isEqualTo(open);
    }

    @Test
    void mondaySessionOpensOnSunday() {
        Session monday = FX.session(LocalDate.of(2021, 4, 19)).orElseThrow();
        assertThat(FX.zone()).isEqualTo(NY);
        assertThat(monday.open()).isEqualTo(ZonedDateTime.of(2021, 4, 18, 17, 0, 0, 0, NY));
        assertThat(monday.close()).isEqualTo(ZonedDateTime.of(2021, 4, 19, 17, 0, 0, 0, NY));
        assertThat(monday.openInstant()).isEqualTo(Instant.parse("2021-04-18T21:00:00Z"));
        assertThat(FX.session(LocalDate.of(2021, 4, 17))).isEmpty();
        assertThat(FX.session(LocalDate.of(2021, 4, 18))).isEmpty();
        assertThat(FX.isTradingDay(LocalDate.of(2021, 4, 18))).isFalse();
        assertThat(FX.isTradingDay(LocalDate.of(2020, 12, 25))).isTrue();
        assertThat(FX.tradingDaysBetween(LocalDate.of(2021, 4, 12), LocalDate.of(2021, 4, 19))).isEqualTo(5);
        assertThat(FX.nextTradingDay(LocalDate.of(2021, 4, 16))).isEqualTo(LocalDate.of(2021, 4, 19));
    }

    @Test
    void nextOpenAndCloseAcrossTheWeekend() {
        Instant saturday = ny("2021-04-17T12:00:00");
        assertThat(FX.nextOpen(saturday)).contains(Instant.parse("2021-04-18T21:00:00Z"));
        assertThat(FX.nextClose(saturday)).isEqualTo(Instant.parse("2021-04-19T21:00:00Z"));
        assertThat(FX.nextClose(ny("2021-04-14T20:00:00"))).isEqualTo(Instant.parse("2021-04-15T21:00:00Z"));
        assertThat(FX.closeOf(ny("2021-04-16T12:00:00"))).contains(Instant.parse("2021-04-16T21:00:00Z"));
        assertThat(FX).hasToString("FX");
    }

    @Test
    void sundayOpenInUtcFollowsDaylightSaving() {
        assertThat(FX.nextOpen(ny("2021-03-06T12:00:00"))).contains(Instant.parse("2021-03-07T22:00:00Z"));
        assertThat(FX.nextOpen(ny("2021-03-13T12:00:00"))).contains(Instant.parse("2021-03-14T21:00:00Z"));
    }
}
