package wave.engine.market;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import wave.domain.calendar.Session;
import wave.domain.calendar.TradingCalendar;
import wave.domain.market.BarLabel;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;

/**
 * When each bar of a series became known (its availability time), nanoseconds since the epoch (UTC): the instant a
 * live feed would have delivered it, never its label.
 * <ul>
 *   <li>Intraday bars: a start-labelled bar at its label plus the bar length, an end-labelled bar at its label.</li>
 *   <li>Bars of a day or longer (labelled with a date at 00:00 UTC): at the close of the market's session on the
 *       bar's last date, or at the end of that UTC date when the calendar has no session then. Under the 24/7
 *       calendar a daily bar is known at label + 1 day; on NYSE at 16:00 New York time (13:00 on a half day). The
 *       last date of an end-labelled bar is its label's date; of a start-labelled one, the date before label plus
 *       its length (for {@code n}-day bars: the {@code n}-th trading day counting the label's).</li>
 * </ul>
 * Times of daily and longer bars are computed once, when this is made; those of intraday bars on each call. Either
 * way {@link #nanos(int)} allocates nothing.
 *
 * <p>It also gives when each bar started ({@link #startNanos(int)}), the earliest instant its open can have traded: an
 * intraday start-labelled bar at its label, an end-labelled one at its label minus the bar length; a bar of a day or
 * longer at the open of the market's session on its first date (the start of that UTC date when the calendar has no
 * session then). The first date of a start-labelled bar is its label's date; of an end-labelled one, the day after its
 * label minus its length for weeks, the first of the month for months (of the label's month, {@code n - 1} months back
 * for {@code n}-month bars), the {@code n}-th trading day back, counting the label's, for {@code n}-day bars.
 */
public final class BarAvailability {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long NANOS_PER_DAY = 86_400L * NANOS_PER_SECOND;

    private final BarSeries series;
    private final long offsetNanos;
    private final long[] byDateNanos;
    private final long startOffsetNanos;
    private final long[] startByDateNanos;

    private BarAvailability(BarSeries series, long offsetNanos, long[] byDateNanos, long startOffsetNanos,
                            long[] startByDateNanos) {
        this.series = series;
        this.offsetNanos = offsetNanos;
        this.byDateNanos = byDateNanos;
        this.startOffsetNanos = startOffsetNanos;
        this.startByDateNanos = startByDateNanos;
    }

    /** The availability times of {@code series}' bars on a market trading by {@code calendar}. */
    public static BarAvailability of(BarSeries series, TradingCalendar calendar) {
        BarSpec spec = series.spec();
        if (spec.isIntraday()) {
            long length = spec.duration().toNanos();
            return series.label() == BarLabel.START ? new BarAvailability(series, length, null, 0, null)
                    : new BarAvailability(series, 0, null, -length, null);
        }
        long[] times = new long[series.size()];
        long[] starts = new long[series.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = closeOrEndOfDay(calendar, lastDate(series, i, calendar));
            starts[i] = openOrStartOfDay(calendar, firstDate(series, i, calendar));
        }
        return new BarAvailability(series, 0, times, 0, starts);
    }

    /** When bar {@code i} became known, nanoseconds since the epoch (UTC). */
    public long nanos(int i) {
        return byDateNanos != null ? byDateNanos[i] : series.tsNanos(i) + offsetNanos;
    }

    /** When bar {@code i} started (the earliest instant its open can have traded), nanoseconds since the epoch (UTC). */
    public long startNanos(int i) {
        return startByDateNanos != null ? startByDateNanos[i] : series.tsNanos(i) + startOffsetNanos;
    }

    /** The first date a bar of a day or longer covers. */
    private static LocalDate firstDate(BarSeries series, int i, TradingCalendar calendar) {
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(series.tsNanos(i), NANOS_PER_DAY));
        if (series.label() == BarLabel.START) {
            return date;
        }
        int count = series.spec().count();
        if (series.spec().unit() == BarSpec.Unit.WEEK) {
            return date.minusWeeks(count).plusDays(1);
        }
        if (series.spec().unit() == BarSpec.Unit.MONTH) {
            return date.withDayOfMonth(1).minusMonths(count - 1);
        }
        for (int k = 1; k < count; k++) {
            date = calendar.previousTradingDay(date);
        }
        return date;
    }

    /** The last date a bar of a day or longer covers. */
    private static LocalDate lastDate(BarSeries series, int i, TradingCalendar calendar) {
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(series.tsNanos(i), NANOS_PER_DAY));
        if (series.label() == BarLabel.END) {
            return date;
        }
        int count = series.spec().count();
        if (series.spec().unit() == BarSpec.Unit.WEEK) {
            return date.plusWeeks(count).minusDays(1);
        }
        if (series.spec().unit() == BarSpec.Unit.MONTH) {
            return date.plusMonths(count).minusDays(1);
        }
        for (int k = 1; k < count; k++) {
            date = calendar.nextTradingDay(date);
        }
        return date;
    }

    /** The open of {@code date}'s session, or the start of that UTC date when it has none. */
    private static long openOrStartOfDay(TradingCalendar calendar, LocalDate date) {
        return calendar.session(date).map(Session::openInstant).map(BarAvailability::epochNanos)
                .orElse(date.atStartOfDay(ZoneOffset.UTC).toEpochSecond() * NANOS_PER_SECOND);
    }

    private static long epochNanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
    }

    /** The close of {@code date}'s session, or the end of that UTC date when it has none. */
    private static long closeOrEndOfDay(TradingCalendar calendar, LocalDate date) {
        return calendar.session(date).map(Session::closeInstant).map(BarAvailability::epochNanos)
                .orElse(date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() * NANOS_PER_SECOND);
    }
}
