package wave.data.synth;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import wave.domain.market.BarSpec;

/**
 * Timestamps of synthetic bars: intraday bars every {@code spec.duration()} around the clock (24/7); daily bars
 * at 00:00 UTC on weekdays (a start on a weekend moves to Monday), {@code count} weekdays apart; weekly bars
 * every {@code 7 * count} days and monthly bars every {@code count} calendar months from the start date.
 */
final class BarClock {
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private final BarSpec spec;
    private final LocalDate startDate;
    private final long startNanos;
    private final long intradayStepNanos;
    private long epochDay;
    private int index;

    BarClock(BarSpec spec, Instant start) {
        this.spec = spec;
        this.startNanos = Math.addExact(Math.multiplyExact(start.getEpochSecond(), 1_000_000_000L), start.getNano());
        LocalDate date = LocalDate.ofInstant(start, ZoneOffset.UTC);
        if (spec.unit() == BarSpec.Unit.DAY) {
            while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                date = date.plusDays(1);
            }
        }
        this.startDate = date;
        this.intradayStepNanos = spec.duration().toNanos();
        this.epochDay = date.toEpochDay();
    }

    /** The timestamp of the next bar, nanoseconds since the epoch (UTC). */
    long next() {
        int i = index++;
        return switch (spec.unit()) {
            case MINUTE, HOUR -> startNanos + i * intradayStepNanos;
            case DAY -> {
                long day = epochDay;
                for (int k = 0; k < spec.count(); k++) {
                    do {
                        epochDay++;
                    } while (Math.floorMod(epochDay + 3, 7) >= 5);
                }
                yield day * NANOS_PER_DAY;
            }
            case WEEK -> (startDate.toEpochDay() + 7L * spec.count() * i) * NANOS_PER_DAY;
            case MONTH -> startDate.plusMonths((long) spec.count() * i).toEpochDay() * NANOS_PER_DAY;
        };
    }
}
