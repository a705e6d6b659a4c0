package wave.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.engine.testkit.Bars.ts;

import org.junit.jupiter.api.Test;
import wave.domain.calendar.ExchangeCalendars;
import wave.domain.calendar.TradingCalendar;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarLabel;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.engine.testkit.Bars;

/** When a bar becomes known: from its label convention, its length and the market's session closes. */
class BarAvailabilityTest {
    static final InstrumentId X = InstrumentId.of("X");
    static final TradingCalendar NYSE = ExchangeCalendars.nyse();
    static final TradingCalendar ALWAYS = ExchangeCalendars.crypto();

    /** One bar per timestamp, all prices 1. */
    static BarSeries bars(BarSpec spec, BarLabel label, String... timestamps) {
        StringBuilder table = new StringBuilder();
        for (String t : timestamps) {
            table.append(t).append(" O=1 H=1 L=1 C=1\n");
        }
        return Bars.table(X, spec, table.toString()).withLabel(label);
    }

    static long[] availability(BarSeries series, TradingCalendar calendar) {
        BarAvailability availability = BarAvailability.of(series, calendar);
        long[] out = new long[series.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = availability.nanos(i);
        }
        return out;
    }

    static long[] starts(BarSeries series, TradingCalendar calendar) {
        BarAvailability availability = BarAvailability.of(series, calendar);
        long[] out = new long[series.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = availability.startNanos(i);
        }
        return out;
    }

    @Test
    void aStartLabelledIntradayBarIsKnownAtItsEndAnEndLabelledOneAtItsLabel() {
        BarSeries start = bars(BarSpec.MINUTE_5, BarLabel.START, "2024-01-02T14:30", "2024-01-02T14:35", "2024-01-02T20:55");

        assertThat(availability(start, NYSE)).containsExactly(ts("2024-01-02T14:35"), ts("2024-01-02T14:40"),
                ts("2024-01-02T21:00"));
        assertThat(availability(start.withLabel(BarLabel.END), NYSE)).containsExactly(ts("2024-01-02T14:30"),
                ts("2024-01-02T14:35"), ts("2024-01-02T20:55"));
        assertThat(availability(bars(BarSpec.HOUR_1, BarLabel.START, "2024-01-02T23:00"), ALWAYS))
                .containsExactly(ts("2024-01-03T00:00"));
    }

    @Test
    void aDailyBarIsKnownAtItsSessionCloseOnNyse() {
        BarSeries daily = bars(BarSpec.DAY_1, BarLabel.START, "2014-03-07", "2014-03-10", "2014-07-03", "2014-11-28",
                "2014-12-24");

        // 16:00 New York: 21:00 UTC in winter, 20:00 UTC from the second Sunday of March; half days close at 13:00
        assertThat(availability(daily, NYSE)).containsExactly(ts("2014-03-07T21:00"), ts("2014-03-10T20:00"),
                ts("2014-07-03T17:00"), ts("2014-11-28T18:00"), ts("2014-12-24T18:00"));
        assertThat(availability(daily.withLabel(BarLabel.END), NYSE)).isEqualTo(availability(daily, NYSE));
    }

    @Test
    void aDailyBarIsKnownAtTheEndOfItsUtcDayOn24HourMarketsAndOnDaysWithoutSession() {
        assertThat(availability(bars(BarSpec.DAY_1, BarLabel.START, "2024-01-02", "2024-01-06"), ALWAYS))
                .containsExactly(ts("2024-01-03"), ts("2024-01-07"));
        // Independence Day: NYSE has no session, the bar is known when the UTC date ends
        assertThat(availability(bars(BarSpec.DAY_1, BarLabel.END, "2014-07-04"), NYSE)).containsExactly(ts("2014-07-05"));
    }

    @Test
    void aLongerBarIsKnownAtTheCloseOfItsLastDate() {
        // backtrader's weekly and monthly files are dated on their last trading day
        assertThat(availability(bars(BarSpec.WEEK_1, BarLabel.END, "2006-01-06"), NYSE)).containsExactly(ts("2006-01-06T21:00"));
        assertThat(availability(bars(BarSpec.parse("1mo"), BarLabel.END, "2006-01-31"), NYSE))
                .containsExactly(ts("2006-01-31T21:00"));
        // labelled with its first date: a week from Monday 2014-03-03 ends on Sunday 03-09 (no session: end of that day)
        assertThat(availability(bars(BarSpec.WEEK_1, BarLabel.START, "2014-03-03"), NYSE)).containsExactly(ts("2014-03-10"));
        assertThat(availability(bars(BarSpec.parse("1mo"), BarLabel.START, "2024-01-01"), ALWAYS))
                .containsExactly(ts("2024-02-01"));
        // two trading days from Thursday 2014-07-03: the 3rd and (after Independence Day) Monday the 7th
        assertThat(availability(bars(BarSpec.parse("2d"), BarLabel.START, "2014-07-03"), NYSE))
                .containsExactly(ts("2014-07-07T20:00"));
    }

    @Test
    void anIntradayBarStartsAtItsLabelOrItsLengthBeforeAnEndLabel() {
        BarSeries start = bars(BarSpec.MINUTE_5, BarLabel.START, "2024-01-02T14:30", "2024-01-02T14:35", "2024-01-02T20:55");

        assertThat(starts(start, NYSE)).containsExactly(ts("2024-01-02T14:30"), ts("2024-01-02T14:35"),
                ts("2024-01-02T20:55"));
        // labelled by their ends, the same timestamps name bars five minutes earlier
        assertThat(starts(start.withLabel(BarLabel.END), NYSE)).containsExactly(ts("2024-01-02T14:25"),
                ts("2024-01-02T14:30"), ts("2024-01-02T20:50"));
    }

    @Test
    void aBarOfADayOrLongerStartsAtTheOpenOfItsFirstDate() {
        // NYSE opens at 09:30 New York: 14:30 UTC in winter, 13:30 UTC in summer; a one-day bar's label is its date
        BarSeries daily = bars(BarSpec.DAY_1, BarLabel.START, "2014-03-07", "2014-03-10");
        assertThat(starts(daily, NYSE)).containsExactly(ts("2014-03-07T14:30"), ts("2014-03-10T13:30"));
        assertThat(starts(daily.withLabel(BarLabel.END), NYSE)).isEqualTo(starts(daily, NYSE));
        // 24/7: the session is the UTC day; Independence Day on NYSE has none, so the UTC date's start
        assertThat(starts(bars(BarSpec.DAY_1, BarLabel.START, "2024-01-06"), ALWAYS)).containsExactly(ts("2024-01-06"));
        assertThat(starts(bars(BarSpec.DAY_1, BarLabel.END, "2014-07-04"), NYSE)).containsExactly(ts("2014-07-04"));
        // labelled with its first date: a week from Monday 2014-03-03 starts at that Monday's open
        assertThat(starts(bars(BarSpec.WEEK_1, BarLabel.START, "2014-03-03"), NYSE)).containsExactly(ts("2014-03-03T14:30"));
        // labelled with its last date: the week ending Friday 2014-03-07 starts on Saturday 03-01 (no session: 00:00)
        // and a month dated on its last trading day (Friday 2014-02-28) on 02-01 (a Saturday as well)
        assertThat(starts(bars(BarSpec.WEEK_1, BarLabel.END, "2014-03-07"), NYSE)).containsExactly(ts("2014-03-01"));
        assertThat(starts(bars(BarSpec.parse("1mo"), BarLabel.END, "2014-02-28"), NYSE)).containsExactly(ts("2014-02-01"));
        // two trading days ending Monday 2014-07-07 (after Independence Day) start on Thursday the 3rd
        assertThat(starts(bars(BarSpec.parse("2d"), BarLabel.END, "2014-07-07"), NYSE))
                .containsExactly(ts("2014-07-03T13:30"));
    }
}
