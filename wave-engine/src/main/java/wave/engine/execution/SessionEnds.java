package wave.engine.execution;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import wave.domain.calendar.Session;
import wave.domain.calendar.TradingCalendar;

/** When a DAY order stops working, from the market's calendar. */
final class SessionEnds {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long NANOS_PER_DAY = 86_400L * NANOS_PER_SECOND;

    private SessionEnds() {
    }

    /**
     * The last nanosecond a DAY order received on a bar may work, nanoseconds since the epoch (UTC).
     * <ul>
     *   <li>Daily and longer bars are labelled with their session date (00:00 UTC): the order ends at that date's
     *       session close, or at the end of the UTC date when the calendar has no session that day.</li>
     *   <li>Intraday bars: at the close of the session the bar's time falls in, or of the next session when the bar is
     *       outside trading hours (a DAY order sent before the open works during that day's session).</li>
     * </ul>
     *
     * @param barNanos the bar length, nanoseconds (0 when unknown: treated as intraday)
     */
    static long dayOrderExpiry(TradingCalendar calendar, long barTsNanos, long barNanos) {
        Instant barTime = instant(barTsNanos);
        if (barNanos >= NANOS_PER_DAY) {
            LocalDate date = LocalDate.ofInstant(barTime, ZoneOffset.UTC);
            return calendar.session(date).map(Session::closeInstant).map(SessionEnds::nanos)
                    .map(close -> close - 1)
                    .orElse((Math.floorDiv(barTsNanos, NANOS_PER_DAY) + 1) * NANOS_PER_DAY - 1);
        }
        Instant close = calendar.closeOf(barTime).orElseGet(() -> calendar.nextClose(barTime));
        return nanos(close) - 1;
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
    }

    private static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
    }
}
