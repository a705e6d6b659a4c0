package wave.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A market that never closes (crypto spot): every day is a trading day and its session is the UTC calendar
 * day {@code [00:00Z, next 00:00Z)}, so sessions abut and {@link #isOpen(Instant)} is always true. The daily
 * boundary gives daily bars and day orders an end; {@link #nextClose(Instant)} is the next UTC midnight.
 */
final class CryptoCalendar extends SessionCalendar {

    CryptoCalendar() {
        super(ZoneOffset.UTC);
    }

    @Override
    public boolean isTradingDay(LocalDate date) {
        requireDate(date);
        return true;
    }

    @Override
    public Optional<Session> session(LocalDate date) {
        requireDate(date);
        return Optional.of(new Session(date, ZonedDateTime.of(date, LocalTime.MIDNIGHT, ZoneOffset.UTC),
                ZonedDateTime.of(date.plusDays(1), LocalTime.MIDNIGHT, ZoneOffset.UTC), false));
    }

    @Override
    public boolean isOpen(Instant instant) {
        if (instant == null) {
            throw new IllegalArgumentException("instant is required");
        }
        return true;
    }

    @Override
    public String toString() {
        return "CRYPTO";
    }
}
