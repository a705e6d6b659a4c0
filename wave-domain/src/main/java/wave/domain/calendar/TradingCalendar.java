package wave.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a market trades: a sequence of non-overlapping {@link Session sessions}, each labelled with its trading
 * date. A session is the half-open interval {@code [open, close)}: the market is open at its open instant and
 * closed at its close instant.
 *
 * <p>Dates are trading dates in the calendar's {@link #zone() zone}; instants are UTC points in time. Obtain
 * calendars from {@link ExchangeCalendars}. Implementations are immutable and thread-safe.
 */
public interface TradingCalendar {

    /** The zone in which sessions are defined and trading dates are counted, e.g. {@code America/New_York}. */
    ZoneId zone();

    /** True when {@code date} has a session (a full or an early-closing day). */
    boolean isTradingDay(LocalDate date);

    /** The session of {@code date}, with its (possibly early) close; empty on weekends and holidays. */
    Optional<Session> session(LocalDate date);

    /** True when {@code instant} lies in a session: open at the open instant, closed at the close instant. */
    boolean isOpen(Instant instant);

    /**
     * The open of the first session opening at or after {@code instant} (so {@code instant} itself when it is
     * exactly an open). When the market is open at {@code instant} this is the open of a later session.
     *
     * @return empty only when no session opens within a year of {@code instant}
     */
    Optional<Instant> nextOpen(Instant instant);

    /** The close of the session in progress at {@code instant}; empty when the market is closed then. */
    Optional<Instant> closeOf(Instant instant);

    /**
     * The first session close strictly after {@code instant}: the current session's close when open, else the
     * close of the next session.
     *
     * @throws IllegalStateException when no session closes within a year of {@code instant}
     */
    Instant nextClose(Instant instant);

    /**
     * The last trading day strictly before {@code date}.
     *
     * @throws IllegalStateException when there is none within a year
     */
    LocalDate previousTradingDay(LocalDate date);

    /**
     * The first trading day strictly after {@code date}.
     *
     * @throws IllegalStateException when there is none within a year
     */
    LocalDate nextTradingDay(LocalDate date);

    /**
     * Trading days in {@code [from, to)} (start inclusive, end exclusive, like {@code ChronoUnit.between});
     * negative when {@code to} is before {@code from}. E.g. from a trading day to the next trading day is 1.
     */
    int tradingDaysBetween(LocalDate from, LocalDate to);
}
