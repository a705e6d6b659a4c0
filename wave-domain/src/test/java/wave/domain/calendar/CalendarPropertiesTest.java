package wave.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants linking the instant and date queries of every built-in calendar, at random points 1995-2030. */
class CalendarPropertiesTest {
    private static final Instant FROM = Instant.parse("1995-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2030-12-31T00:00:00Z");

    @Provide
    Arbitrary<TradingCalendar> calendars() {
        return Arbitraries.of(ExchangeCalendars.nyse(), ExchangeCalendars.nasdaq(), ExchangeCalendars.crypto(),
                ExchangeCalendars.fx());
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(FROM.getEpochSecond(), TO.getEpochSecond()).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1995, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property(tries = 2_000)
    void openCloseAndSessionsAgree(@ForAll("calendars") TradingCalendar calendar, @ForAll("instants") Instant t) {
        Optional<Instant> close = calendar.closeOf(t);
        assertThat(calendar.isOpen(t)).isEqualTo(close.isPresent());
        close.ifPresent(c -> assertThat(calendar.nextClose(t)).isEqualTo(c));

        Instant nextClose = calendar.nextClose(t);
        assertThat(nextClose).isAfter(t);
        assertThat(calendar.isOpen(nextClose.minusNanos(1))).isTrue();

        Instant nextOpen = calendar.nextOpen(t).orElseThrow();
        assertThat(nextOpen).isAfterOrEqualTo(t);
        assertThat(calendar.isOpen(nextOpen)).isTrue();
        if (!calendar.isOpen(t)) {
            assertThat(calendar.nextClose(t)).isAfter(nextOpen);
        }
    }

    @Property(tries = 2_000)
    void tradingDayNavigationIsConsistent(@ForAll("calendars") TradingCalendar calendar,
            @ForAll("dates") LocalDate d) {
        LocalDate next = calendar.nextTradingDay(d);
        LocalDate previous = calendar.previousTradingDay(d);
        assertThat(next).isAfter(d);
        assertThat(previous).isBefore(d);
        assertThat(calendar.isTradingDay(next)).isTrue();
        assertThat(calendar.isTradingDay(previous)).isTrue();
        assertThat(calendar.session(d).isPresent()).isEqualTo(calendar.isTradingDay(d));
        assertThat(calendar.tradingDaysBetween(d, next)).isEqualTo(calendar.isTradingDay(d) ? 1 : 0);
        assertThat(calendar.tradingDaysBetween(previous, next)).isEqualTo(calendar.isTradingDay(d) ? 2 : 1);
        assertThat(calendar.previousTradingDay(next)).isEqualTo(calendar.isTradingDay(d) ? d : previous);
    }
}
