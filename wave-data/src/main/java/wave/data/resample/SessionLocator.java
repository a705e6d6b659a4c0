package wave.data.resample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import wave.domain.calendar.Session;
import wave.domain.calendar.TradingCalendar;

/**
 * Finds the session holding an instant, remembering the last one found: consecutive bars of one session cost one
 * comparison. Relies on the calendar's sessions opening on their date or the day before and closing by the day
 * after (true of every built-in calendar). Not thread-safe.
 */
final class SessionLocator {
    private final TradingCalendar calendar;
    private Session last;

    SessionLocator(TradingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The session holding {@code nanos} (nanoseconds since the epoch, UTC), or null when the market is closed then. */
    Session at(long nanos) {
        Instant instant = toInstant(nanos);
        if (last != null && last.contains(instant)) {
            return last;
        }
        LocalDate local = instant.atZone(calendar.zone()).toLocalDate();
        for (int offset = -1; offset <= 1; offset++) {
            Optional<Session> session = calendar.session(local.plusDays(offset));
            if (session.isPresent() && session.get().contains(instant)) {
                last = session.get();
                return last;
            }
        }
        return null;
    }

    /** The latest session close at or before {@code nanos}, in nanoseconds, or {@link Long#MIN_VALUE} when none is near. */
    long lastCloseAtOrBefore(long nanos) {
        LocalDate local = toInstant(nanos).atZone(calendar.zone()).toLocalDate();
        long best = Long.MIN_VALUE;
        for (int offset = -2; offset <= 0; offset++) {
            Optional<Session> session = calendar.session(local.plusDays(offset));
            if (session.isPresent()) {
                long close = toNanos(session.get().closeInstant());
                if (close <= nanos) {
                    best = Math.max(best, close);
                }
            }
        }
        return best;
    }

    /** The first session open strictly after {@code nanos}, in nanoseconds, or {@link Long#MAX_VALUE} when none. */
    long nextOpenAfter(long nanos) {
        return calendar.nextOpen(toInstant(nanos + 1)).map(SessionLocator::toNanos).orElse(Long.MAX_VALUE);
    }

    static Instant toInstant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    static long toNanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
