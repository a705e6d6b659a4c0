package wave.data.resample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.calendar.ExchangeCalendars;
import wave.domain.calendar.TradingCalendar;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarLabel;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;

/** Session alignment, labels, bars outside sessions and refused lengths, on hand-made NYSE bars. */
class ResamplerTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final TradingCalendar NYSE = ExchangeCalendars.nyse();

    /** Start-labelled 1m bars at each minute of {@code [from, to)} New York time on {@code date}; bar k has price 100 + k. */
    private static List<long[]> minutes(LocalDate date, LocalTime from, LocalTime to) {
        List<long[]> bars = new ArrayList<>();
        for (LocalTime t = from; t.isBefore(to); t = t.plusMinutes(1)) {
            bars.add(new long[] {nanos(LocalDateTime.of(date, t))});
        }
        return bars;
    }

    private static long nanos(LocalDateTime newYorkTime) {
        return newYorkTime.atZone(NEW_YORK).toInstant().getEpochSecond() * 1_000_000_000L;
    }

    private static BarSeries series(BarSpec spec, BarLabel label, List<long[]> stamps) {
        BarSeries.Builder b = BarSeries.builder(InstrumentId.of("X"), spec, stamps.size());
        for (int k = 0; k < stamps.size(); k++) {
            long price = FixedPoint.priceOfUnits(100 + k);
            b.add(stamps.get(k)[0], price, price + FixedPoint.priceOfUnits(1), price - FixedPoint.priceOfUnits(1), price, 10);
        }
        return b.build().withLabel(label);
    }

    private static List<String> localStamps(BarSeries bars) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            out.add(SessionLocator.toInstant(bars.tsNanos(i)).atZone(NEW_YORK).toLocalTime().toString());
        }
        return out;
    }

    private static List<long[]> regularDayWithExtendedHours() {
        LocalDate day = LocalDate.of(2024, 3, 5);
        List<long[]> stamps = new ArrayList<>(minutes(day, LocalTime.of(8, 0), LocalTime.of(8, 5)));
        stamps.addAll(minutes(day, LocalTime.of(9, 10), LocalTime.of(9, 15)));
        stamps.addAll(minutes(day, LocalTime.of(9, 30), LocalTime.of(16, 0)));
        stamps.addAll(minutes(day, LocalTime.of(16, 0), LocalTime.of(16, 5)));
        return stamps;
    }

    @Test
    void hourlyBucketsStartAtTheOpenAndTheLastOneEndsAtTheClose() {
        BarSeries bars = series(BarSpec.MINUTE_1, BarLabel.START, regularDayWithExtendedHours());

        Resampled start = Resampler.resample(bars, BarSpec.HOUR_1, NYSE, OutsideSession.DROP);
        Resampled end = Resampler.resample(bars.withLabel(BarLabel.END), BarSpec.HOUR_1, NYSE, OutsideSession.DROP);

        assertThat(start.droppedBars()).isEqualTo(15);
        assertThat(localStamps(start.series())).containsExactly("09:30", "10:30", "11:30", "12:30", "13:30", "14:30", "15:30");
        assertThat(start.series().label()).isEqualTo(BarLabel.START);
        BarSeries h = start.series();
        // The first session bar is bar 10 of the source (price 110); 60 bars an hour, 30 in the last bucket.
        assertThat(h.openRaw(0)).isEqualTo(FixedPoint.priceOfUnits(110));
        assertThat(h.closeRaw(0)).isEqualTo(FixedPoint.priceOfUnits(169));
        assertThat(h.highRaw(0)).isEqualTo(FixedPoint.priceOfUnits(170));
        assertThat(h.lowRaw(0)).isEqualTo(FixedPoint.priceOfUnits(109));
        assertThat(h.volume(0)).isEqualTo(600.0);
        assertThat(h.volume(6)).isEqualTo(300.0);
        assertThat(h.closeRaw(6)).isEqualTo(FixedPoint.priceOfUnits(499));
        // End-labelled source bars start a minute earlier: 09:30 ends 09:29 (pre-market) ... 16:00 is the last in session.
        assertThat(localStamps(end.series())).containsExactly("10:30", "11:30", "12:30", "13:30", "14:30", "15:30", "16:00");
        assertThat(end.series().label()).isEqualTo(BarLabel.END);
        // Asked for start labels, end-labelled bars give their buckets' starts, the shortened last one's too.
        BarSeries relabelled = Resampler.resample(bars.withLabel(BarLabel.END), BarSpec.HOUR_1, BarLabel.START, NYSE,
                OutsideSession.DROP).series();
        assertThat(localStamps(relabelled)).containsExactly("09:30", "10:30", "11:30", "12:30", "13:30", "14:30", "15:30");
        assertThat(relabelled.label()).isEqualTo(BarLabel.START);
    }

    @Test
    void keptBarsOutsideSessionsFormTheirOwnBucketsCutAtTheOpenAndClose() {
        BarSeries bars = series(BarSpec.MINUTE_1, BarLabel.START, regularDayWithExtendedHours());

        Resampled kept = Resampler.resample(bars, BarSpec.HOUR_1, NYSE, OutsideSession.KEEP);

        assertThat(kept.droppedBars()).isZero();
        assertThat(localStamps(kept.series())).containsExactly("08:00", "09:00", "09:30", "10:30", "11:30", "12:30",
                "13:30", "14:30", "15:30", "16:00");
        assertThat(kept.series().volume(1)).isEqualTo(50.0);
        // End-labelled: the bar ending 08:00 started 07:59 (bucket 07:00-08:00); the one ending 09:30 is pre-market.
        assertThat(localStamps(Resampler.resample(bars.withLabel(BarLabel.END), BarSpec.HOUR_1, NYSE, OutsideSession.KEEP)
                .series())).containsExactly("08:00", "09:00", "09:30", "10:30", "11:30", "12:30", "13:30", "14:30", "15:30",
                "16:00", "17:00");
    }

    @Test
    void aHalfDaysLastBucketEndsAtItsEarlyClose() {
        BarSeries bars = series(BarSpec.MINUTE_1, BarLabel.END,
                minutes(LocalDate.of(2024, 11, 29), LocalTime.of(9, 31), LocalTime.of(13, 1)));

        Resampled hours = Resampler.resample(bars, BarSpec.HOUR_1, NYSE, OutsideSession.DROP);
        Resampled quarters = Resampler.resample(bars, BarSpec.parse("15m"), NYSE, OutsideSession.DROP);

        assertThat(localStamps(hours.series())).containsExactly("10:30", "11:30", "12:30", "13:00");
        assertThat(hours.series().volume(3)).isEqualTo(300.0);
        assertThat(quarters.series().size()).isEqualTo(14);
        assertThat(localStamps(quarters.series())).startsWith("09:45", "10:00").endsWith("12:45", "13:00");
    }

    @Test
    void dailyBarsAreSessionsAndWeeklyAndMonthlyBarsAreCalendarPeriods() {
        List<long[]> stamps = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2024, 11, 25); d.isBefore(LocalDate.of(2024, 12, 7)); d = d.plusDays(1)) {
            stamps.addAll(minutes(d, LocalTime.of(9, 30), LocalTime.of(9, 32)));
        }
        BarSeries bars = series(BarSpec.MINUTE_1, BarLabel.START, stamps);

        Resampled days = Resampler.resample(bars, BarSpec.DAY_1, NYSE, OutsideSession.DROP);
        BarSeries weeksStart = Resampler.resample(days.series(), BarSpec.WEEK_1, NYSE, OutsideSession.DROP).series();
        BarSeries weeksEnd = Resampler.resample(days.series().withLabel(BarLabel.END), BarSpec.WEEK_1, NYSE, OutsideSession.DROP).series();
        BarSeries months = Resampler.resample(bars, BarSpec.parse("1mo"), NYSE, OutsideSession.DROP).series();

        // Thanksgiving (11-28) and the weekends have no session: their bars are dropped.
        assertThat(dates(days.series())).containsExactly("2024-11-25", "2024-11-26", "2024-11-27", "2024-11-29",
                "2024-12-02", "2024-12-03", "2024-12-04", "2024-12-05", "2024-12-06");
        assertThat(days.droppedBars()).isEqualTo(6);
        assertThat(days.series().volume(0)).isEqualTo(20.0);
        assertThat(dates(weeksStart)).containsExactly("2024-11-25", "2024-12-02");
        assertThat(dates(weeksEnd)).containsExactly("2024-11-29", "2024-12-06");
        assertThat(weeksStart.volume(0)).isEqualTo(80.0);
        assertThat(weeksStart.openRaw(0)).isEqualTo(FixedPoint.priceOfUnits(100));
        assertThat(dates(months)).containsExactly("2024-11-25", "2024-12-02");
        assertThat(months.volume(1)).isEqualTo(100.0);
    }

    @Test
    void refusesLengthsThatCannotBeMadeFromTheSource() {
        BarSeries fiveMinutes = series(BarSpec.MINUTE_5, BarLabel.START, List.of());
        BarSeries daily = series(BarSpec.DAY_1, BarLabel.START, List.of());

        assertThatThrownBy(() -> Resampler.resample(fiveMinutes, BarSpec.parse("7m"), NYSE, OutsideSession.DROP))
                .hasMessageContaining("cannot resample 5m bars to 7m");
        assertThatThrownBy(() -> Resampler.resample(fiveMinutes, BarSpec.parse("2d"), NYSE, OutsideSession.DROP))
                .hasMessageContaining("expected 1d from intraday bars");
        assertThatThrownBy(() -> Resampler.resample(daily, BarSpec.HOUR_1, NYSE, OutsideSession.DROP))
                .hasMessageContaining("cannot resample 1d bars to 1h");
    }

    private static List<String> dates(BarSeries bars) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            out.add(LocalDate.ofInstant(SessionLocator.toInstant(bars.tsNanos(i)), ZoneOffset.UTC).toString());
        }
        return out;
    }
}
