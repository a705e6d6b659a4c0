package wave.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The instant and date queries of {@link TradingCalendar}, derived from {@link #session(LocalDate)} alone.
 *
 * <p>Contract for subclasses: the session of date {@code D} opens on local date {@code D-1} or {@code D} and
 * closes no later than the end of {@code D+1} (in {@link #zone()}), and sessions of later dates start no earlier
 * than sessions of earlier dates end. Searches look at most {@value #SEARCH_DAYS} days ahead or back.
 */
abstract class SessionCalendar implements TradingCalendar {
    /** How far, in calendar days, searches for the next or previous session go before giving up. */
    static final int SEARCH_DAYS = 366;

    private final ZoneId zone;

    SessionCalendar(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public final ZoneId zone() {
        return zone;
    }

    @Override
    public boolean isTradingDay(LocalDate date) {
        return session(date).isPresent();
    }

    @Override
    public boolean isOpen(Instant instant) {
        return sessionAt(instant).isPresent();
    }

    @Override
    public Optional<Instant> nextOpen(Instant instant) {
        LocalDate first = localDate(instant).minusDays(1);
        for (int i = 0; i <= SEARCH_DAYS; i++) {
            Optional<Session> session = session(first.plusDays(i));
            if (session.isPresent() && !session.get().openInstant().isBefore(instant)) {
                return Optional.of(session.get().openInstant());
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Instant> closeOf(Instant instant) {
        return sessionAt(instant).map(Session::closeInstant);
    }

    @Override
    public Instant nextClose(Instant instant) {
        LocalDate first = localDate(instant).minusDays(1);
        for (int i = 0; i <= SEARCH_DAYS; i++) {
            Optional<Session> session = session(first.plusDays(i));
            if (session.isPresent() && session.get().closeInstant().isAfter(instant)) {
                return session.get().closeInstant();
            }
        }
        throw new IllegalStateException("no session of " + this + " closes within " + SEARCH_DAYS
                + " days after " + instant);
    }

    @Override
    public LocalDate previousTradingDay(LocalDate date) {
        requireDate(date);
        for (int i = 1; i <= SEARCH_DAYS; i++) {
            LocalDate candidate = date.minusDays(i);
            if (isTradingDay(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no trading day of " + this + " within " + SEARCH_DAYS + " days before "
                + date);
    }

    @Override
    public LocalDate nextTradingDay(LocalDate date) {
        requireDate(date);
        for (int i = 1; i <= SEARCH_DAYS; i++) {
            LocalDate candidate = date.plusDays(i);
            if (isTradingDay(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no trading day of " + this + " within " + SEARCH_DAYS + " days after "
                + date);
    }

    @Override
    public int tradingDaysBetween(LocalDate from, LocalDate to) {
        requireDate(from);
        requireDate(to);
        if (to.isBefore(from)) {
            return -tradingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            if (isTradingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The session containing {@code instant}, if any. */
    Optional<Session> sessionAt(Instant instant) {
        LocalDate local = localDate(instant);
        for (int offset = -1; offset <= 1; offset++) {
            Optional<Session> session = session(local.plusDays(offset));
            if (session.isPresent() && session.get().contains(instant)) {
                return session;
            }
        }
        return Optional.empty();
    }

    private LocalDate localDate(Instant instant) {
        if (instant == null) {
            throw new IllegalArgumentException("instant is required");
        }
        return instant.atZone(zone).toLocalDate();
    }

    static void requireDate(LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("date is required");
        }
    }
}
