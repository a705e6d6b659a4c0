package wave.app.backtest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import wave.domain.market.BarSeries;

/** Whether the instruments of one run cover the same period, and the warning when they do not. */
public final class PeriodCoverage {
    /** Share of the run's whole period an instrument must span not to be named in the warning. */
    static final double MIN_SHARE = 0.9;

    private PeriodCoverage() {
    }

    /**
     * A warning naming each instrument whose first-to-last span is under {@value #MIN_SHARE} of the run's (the earliest
     * first bar to the latest last bar), with its dates; empty when all cover it or there is one instrument.
     */
    public static Optional<String> warning(List<BarSeries> series) {
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        for (BarSeries s : series) {
            if (s.size() > 0) {
                start = Math.min(start, s.timestamps()[0]);
                end = Math.max(end, s.timestamps()[s.size() - 1]);
            }
        }
        if (series.size() < 2 || end <= start) {
            return Optional.empty();
        }
        List<String> shorter = new ArrayList<>();
        for (BarSeries s : series) {
            long[] ts = s.timestamps();
            if (s.size() == 0 || ts[s.size() - 1] - ts[0] < MIN_SHARE * (end - start)) {
                shorter.add(s.instrument() + " " + period(s));
            }
        }
        if (shorter.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("warning: the instruments cover different periods: the run spans " + date(start) + " to "
                + date(end) + ", but " + String.join(", ", shorter) + "; each benchmark covers its instrument's own period"
                + " and the strategy holds nothing in an instrument before its first bar");
    }

    private static String period(BarSeries s) {
        return s.size() == 0 ? "(no bars)" : date(s.timestamps()[0]) + " to " + date(s.timestamps()[s.size() - 1]);
    }

    private static LocalDate date(long nanos) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(0, nanos), ZoneOffset.UTC);
    }
}
