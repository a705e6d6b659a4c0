package wave.domain.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One trading session: the half-open interval {@code [open, close)} of the trading date {@code date}.
 *
 * @param date       the trading date the session belongs to (an FX session for Monday opens on Sunday)
 * @param open       the first instant of trading, in the calendar's zone
 * @param close      the first instant after trading, in the calendar's zone
 * @param earlyClose true when the market closes before its regular time that day (a half day)
 */
public record Session(LocalDate date, ZonedDateTime open, ZonedDateTime close, boolean earlyClose) {

    /** Requires every field and an open strictly before the close. */
    public Session {
        if (date == null || open == null || close == null) {
            throw new IllegalArgumentException("session date, open and close are required, got date=" + date
                    + ", open=" + open + ", close=" + close);
        }
        if (!open.isBefore(close)) {
            throw new IllegalArgumentException("session open " + open + " must be before its close " + close);
        }
    }

    /** The open as a UTC instant. */
    public Instant openInstant() {
        return open.toInstant();
    }

    /** The close as a UTC instant. */
    public Instant closeInstant() {
        return close.toInstant();
    }

    /** True when {@code instant} is at or after the open and before the close. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(openInstant()) && instant.isBefore(closeInstant());
    }

    /** Elapsed time from open to close (6h30m for a regular NYSE day, 3h30m for a half day). */
    public Duration length() {
        return Duration.between(open, close);
    }
}
