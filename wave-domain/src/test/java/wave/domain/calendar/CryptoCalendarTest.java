package wave.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CryptoCalendarTest {
    private static final TradingCalendar CRYPTO = ExchangeCalendars.crypto();

    @ParameterizedTest
    @ValueSource(strings = {"2021-04-17T12:00:00Z", "2021-04-18T23:59:59.999999999Z", "2020-12-25T00:00:00Z",
            "2022-01-01T00:00:00Z", "2021-03-14T07:00:00Z", "2021-04-02T15:00:00Z"})
    void isAlwaysOpen(Instant instant) {
        assertThat(CRYPTO.isOpen(instant)).isTrue();
        assertThat(CRYPTO.closeOf(instant)).isPresent();
    }

    @Test
    void everyDayIsATradingDayWithAUtcDaySession() {
        LocalDate saturday = LocalDate.of(2021, 4, 17);
        Session session = CRYPTO.session(saturday).orElseThrow();
        assertThat(CRYPTO.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(CRYPTO.isTradingDay(saturday)).isTrue();
        assertThat(CRYPTO.isTradingDay(LocalDate.of(2020, 12, 25))).isTrue();
        assertThat(session.openInstant()).isEqualTo(Instant.parse("2021-04-17T00:00:00Z"));
        assertThat(session.closeInstant()).isEqualTo(Instant.parse("2021-04-18T00:00:00Z"));
        assertThat(session.earlyClose()).isFalse();
        assertThat(CRYPTO.tradingDaysBetween(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1))).isEqualTo(365);
        assertThat(CRYPTO.nextTradingDay(saturday)).isEqualTo(LocalDate.of(2021, 4, 18));
        assertThat(CRYPTO.previousTradingDay(saturday)).isEqualTo(LocalDate.of(2021, 4, 16));
    }

    @Test
    void dailySessionsEndAtUtcMidnight() {
        Instant saturdayNoon = Instant.parse("2021-04-17T12:00:00Z");
        Instant midnight = Instant.parse("2021-04-18T00:00:00Z");
        assertThat(CRYPTO.closeOf(saturdayNoon)).contains(midnight);
        assertThat(CRYPTO.nextClose(saturdayNoon)).isEqualTo(midnight);
        assertThat(CRYPTO.nextOpen(saturdayNoon)).contains(midnight);
        assertThat(CRYPTO.nextClose(midnight)).isEqualTo(Instant.parse("2021-04-19T00:00:00Z"));
        assertThat(CRYPTO).hasToString("CRYPTO");
    }
}
