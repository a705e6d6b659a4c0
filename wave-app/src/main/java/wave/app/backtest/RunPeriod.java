package wave.app.backtest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import wave.domain.market.BarSeries;

/**
 * The dates a backtest reports on ({@code --from}, {@code --to}): bars after {@code to} are not used; bars before
 * {@code from} warm the strategies up (indicators and history fill, no order is sent) and the results start at
 * {@code from}, as LEAN's warm-up. Dates are bar labels in UTC; both ends are included.
 *
 * @param from first date traded and reported, or null for the data's first bar
 * @param to   last date used, or null for the data's last bar
 */
public record RunPeriod(LocalDate from, LocalDate to) {
    /** Requires {@code from} on or before {@code to} when both are given. */
    public RunPeriod {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
    }

    /** The whole data. */
    public static final RunPeriod ALL = new RunPeriod(null, null);

    /**
     * Parses the options' texts ({@code yyyy-MM-dd}, either may be null).
     *
     * @throws IllegalArgumentException naming the option and the expected form
     */
    public static RunPeriod parse(String from, String to) {
        return new RunPeriod(date("--from", from), date("--to", to));
    }

    /** The first step time that may trade, nanoseconds since the epoch (UTC), or {@link Long#MIN_VALUE} without {@code from}. */
    public long fromNanos() {
        return from == null ? Long.MIN_VALUE : from.atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1_000_000_000L;
    }

    /**
     * The series without their bars after {@code to}, checked to leave bars on or after {@code from}.
     *
     * @throws IllegalArgumentException when no instrument has a bar in the period, naming the data's dates
     */
    public List<BarSeries> cut(List<BarSeries> series) {
        long end = to == null ? Long.MAX_VALUE : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1_000_000_000L;
        List<BarSeries> out = new ArrayList<>();
        boolean anyInPeriod = false;
        for (BarSeries s : series) {
            int keep = count(s, end);
            out.add(keep == s.size() ? s : s.slice(0, keep));
            anyInPeriod |= keep > 0 && s.tsNanos(keep - 1) >= fromNanos();
        }
        if (!anyInPeriod && !series.isEmpty()) {
            throw new IllegalArgumentException("no bar lies in " + describe() + "; the data runs from "
                    + date(series.getFirst().tsNanos(0)) + " to " + date(series.getFirst().tsNanos(series.getFirst().size() - 1)));
        }
        return out;
    }

    /** The series from {@code from} on (for the benchmarks, which start where the results do). */
    public List<BarSeries> reported(List<BarSeries> series) {
        if (from == null) {
            return series;
        }
        List<BarSeries> out = new ArrayList<>();
        for (BarSeries s : series) {
            int first = count(s, fromNanos());
            out.add(first == 0 ? s : s.slice(first, s.size()));
        }
        return out;
    }

    /** E.g. {@code 2005-01-03 to 2014-12-31}, {@code from 2005-01-03}. */
    public String describe() {
        return from != null && to != null ? from + " to " + to : from != null ? "from " + from : to != null ? "up to " + to : "all dates";
    }

    private static int count(BarSeries s, long before) {
        int n = 0;
        while (n < s.size() && s.tsNanos(n) < before) {
            n++;
        }
        return n;
    }

    private static LocalDate date(long nanos) {
        return LocalDate.ofEpochDay(Math.floorDiv(nanos, 86_400_000_000_000L));
    }

    private static LocalDate date(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a date; expected yyyy-MM-dd, e.g. 2010-01-04");
        }
    }
}
