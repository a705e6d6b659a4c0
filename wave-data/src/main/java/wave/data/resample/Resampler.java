package wave.data.resample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import wave.domain.calendar.Session;
import wave.domain.calendar.TradingCalendar;
import wave.domain.market.BarLabel;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;

/**
 * Turns bars into longer bars along a {@link TradingCalendar}'s sessions: 1m into 5m, 15m, 1h, 1d, 1w, 1mo, and so
 * on. Each longer bar takes the first open, the highest high, the lowest low, the last close and the summed volume
 * of the source bars in its bucket; a bar belongs to the bucket holding its start (its timestamp for
 * {@link BarLabel#START start-labelled} bars, its timestamp minus its length for {@link BarLabel#END end-labelled}
 * ones).
 *
 * <p>Buckets:
 * <ul>
 *   <li><b>intraday</b> (minutes, hours): aligned to each session's open and cut at its close. On the NYSE, 1h
 *       buckets are 09:30-10:30, ..., 15:30-16:00 (the last one shorter), 12:30-13:00 on a half day. On the 24/7
 *       calendar sessions are UTC days, so buckets are aligned to 00:00 UTC. The length must be a whole multiple
 *       of the source bars' length.</li>
 *   <li><b>1d</b>: one bar per session, dated with its trading date (an FX Monday session that opens on Sunday is
 *       Monday's bar).</li>
 *   <li><b>1w</b>, <b>1mo</b>: the sessions of one calendar week (Monday to Sunday, by trading date) or month.</li>
 * </ul>
 * Buckets without bars produce no bar (a gap stays a gap).
 *
 * <p>Labels: the result is labelled as the source is unless another label is asked for. Intraday bars are stamped
 * with their bucket's start ({@link BarLabel#START}) or end ({@link BarLabel#END}, the session close for a
 * shortened last bucket); bars of a day or longer with a date at 00:00 UTC: their first trading date with bars
 * ({@code START}) or their last ({@code END}, e.g. a week's Friday). Source bars that start outside every session are dropped or kept as
 * {@link OutsideSession} says. Corporate-action columns are not carried over.
 */
public final class Resampler {
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private final BarSeries source;
    private final BarSpec target;
    private final BarLabel label;
    private final OutsideSession outside;
    private final SessionLocator sessions;
    private final TradingCalendar calendar;
    private final BarSeries.Builder out;
    private final long sourceNanos;
    private final long targetNanos;
    private int dropped;

    private boolean pending;
    private long key;
    private long firstLabel;
    private long lastLabel;
    private long open;
    private long high;
    private long low;
    private long close;
    private double volume;

    private Resampler(BarSeries source, BarSpec target, BarLabel label, TradingCalendar calendar, OutsideSession outside) {
        this.source = source;
        this.target = target;
        this.label = label;
        this.calendar = calendar;
        this.outside = outside;
        this.sessions = new SessionLocator(calendar);
        this.sourceNanos = source.spec().duration().toNanos();
        this.targetNanos = target.duration().toNanos();
        this.out = BarSeries.builder(source.instrument(), target, Math.max(16, source.size() / 4));
    }

    /**
     * Resamples {@code bars} (intraday, or {@code 1d} for a {@code 1w} or {@code 1mo} target) to {@code target}.
     *
     * @param bars     time-ordered source bars
     * @param target   the longer bar length: minutes or hours that are a whole multiple of the source length, or
     *                 exactly {@code 1d}, {@code 1w} or {@code 1mo}
     * @param calendar whose sessions align and bound the buckets
     * @param outside  what to do with source bars starting outside every session
     * @throws IllegalArgumentException when {@code target} cannot be made from the source bars
     */
    public static Resampled resample(BarSeries bars, BarSpec target, TradingCalendar calendar, OutsideSession outside) {
        return resample(bars, target, bars.label(), calendar, outside);
    }

    /**
     * As {@link #resample(BarSeries, BarSpec, TradingCalendar, OutsideSession)}, with the result stamped with the
     * given end of each bar whatever the source's label (a file written for readers that take timestamps as bar
     * starts, say).
     */
    public static Resampled resample(BarSeries bars, BarSpec target, BarLabel label, TradingCalendar calendar,
                                     OutsideSession outside) {
        Objects.requireNonNull(bars, "bars");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(outside, "outside");
        checkTarget(bars.spec(), target);
        return new Resampler(bars, target, label, calendar, outside).run();
    }

    private static void checkTarget(BarSpec from, BarSpec to) {
        if (to.isIntraday()) {
            if (!from.isIntraday() || to.duration().toNanos() % from.duration().toNanos() != 0) {
                throw new IllegalArgumentException("cannot resample " + from + " bars to " + to
                        + ": an intraday length must be a whole multiple of the source bars' length (e.g. 1m to 5m, 15m, 1h)");
            }
            return;
        }
        boolean dayOrLonger = to.count() == 1 && to.unit() != BarSpec.Unit.MINUTE && to.unit() != BarSpec.Unit.HOUR;
        boolean fromDaily = from.equals(BarSpec.DAY_1);
        if (!dayOrLonger || !(from.isIntraday() || fromDaily)) {
            throw new IllegalArgumentException("cannot resample " + from + " bars to " + to
                    + ": expected 1d from intraday bars, or 1w or 1mo from intraday or 1d bars");
        }
    }

    private Resampled run() {
        for (int i = 0; i < source.size(); i++) {
            if (source.spec().isIntraday()) {
                addIntraday(i);
            } else {
                addDaily(i);
            }
        }
        flush();
        return new Resampled(out.build().withLabel(label), dropped);
    }

    private void addIntraday(int i) {
        long start = source.label() == BarLabel.END ? source.tsNanos(i) - sourceNanos : source.tsNanos(i);
        Session session = sessions.at(start);
        if (session == null && outside == OutsideSession.DROP) {
            dropped++;
            return;
        }
        if (!target.isIntraday()) {
            LocalDate date = session != null ? session.date() : localDate(start);
            addToDate(i, date);
        } else if (session != null) {
            long sessionOpen = SessionLocator.toNanos(session.openInstant());
            long bucketStart = sessionOpen + Math.floorDiv(start - sessionOpen, targetNanos) * targetNanos;
            long bucketEnd = Math.min(bucketStart + targetNanos, SessionLocator.toNanos(session.closeInstant()));
            add(i, bucketStart, bucketStart, bucketEnd);
        } else {
            long midnight = SessionLocator.toNanos(localDate(start).atStartOfDay(calendar.zone()).toInstant());
            long bucketStart = Math.max(midnight + Math.floorDiv(start - midnight, targetNanos) * targetNanos,
                    sessions.lastCloseAtOrBefore(start));
            long bucketEnd = Math.min(bucketStart + targetNanos, sessions.nextOpenAfter(start));
            add(i, bucketStart, bucketStart, bucketEnd);
        }
    }

    private void addDaily(int i) {
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(source.tsNanos(i), NANOS_PER_DAY));
        if (!calendar.isTradingDay(date) && outside == OutsideSession.DROP) {
            dropped++;
            return;
        }
        addToDate(i, date);
    }

    private void addToDate(int i, LocalDate date) {
        long bucket = switch (target.unit()) {
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toEpochDay();
            case MONTH -> date.getYear() * 12L + date.getMonthValue() - 1;
            default -> date.toEpochDay();
        };
        long stamp = date.toEpochDay() * NANOS_PER_DAY;
        add(i, bucket, stamp, stamp);
    }

    /** Adds bar {@code i} to the bucket {@code bucket}, starting a new one (stamped {@code first}..{@code last}) if it differs. */
    private void add(int i, long bucket, long first, long last) {
        if (pending && bucket == key) {
            high = Math.max(high, source.highRaw(i));
            low = Math.min(low, source.lowRaw(i));
            close = source.closeRaw(i);
            volume += source.volume(i);
            lastLabel = last;
            return;
        }
        flush();
        pending = true;
        key = bucket;
        firstLabel = first;
        lastLabel = last;
        open = source.openRaw(i);
        high = source.highRaw(i);
        low = source.lowRaw(i);
        close = source.closeRaw(i);
        volume = source.volume(i);
    }

    private void flush() {
        if (pending) {
            out.add(label == BarLabel.END ? lastLabel : firstLabel, open, high, low, close, volume);
            pending = false;
        }
    }

    private LocalDate localDate(long nanos) {
        return SessionLocator.toInstant(nanos).atZone(calendar.zone()).toLocalDate();
    }
}
