package wave.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.engine.testkit.Bars.ts;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.data.csv.CsvImporters;
import wave.data.csv.LoadOptions;
import wave.domain.calendar.ExchangeCalendars;
import wave.domain.calendar.TradingCalendar;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.Bar;
import wave.domain.market.BarLabel;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.Quantity;
import wave.domain.order.OrderFilled;
import wave.engine.execution.ExecutionConfig;
import wave.engine.strategy.Strategy;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.EventText;
import wave.testkit.SharedData;

/**
 * Bars reach strategies at the time they became known, as a live feed delivers them: the clock, {@code isMarketOpen()}
 * and {@code sessionCloseNanos()} read that time, mixed bar lengths interleave by it, and the records (equity curve,
 * fills, order events) keep the bars' labels as long as these stay in time order.
 */
class AvailabilityTimeScenarioTest {
    static final InstrumentId FIVE_MINUTES = InstrumentId.of("FESX5M");
    static final InstrumentId DAILY = InstrumentId.of("FESX1D");
    static final long DAY_NANOS = 86_400_000_000_000L;

    /** What a strategy saw on one bar: the bar's label and the clock's readings. */
    record Seen(String symbol, long labelNanos, long nowNanos, boolean open, long closeNanos) {
        @Override
        public String toString() {
            return symbol + " " + text(labelNanos) + " at " + text(nowNanos) + " open=" + open + " close=" + text(closeNanos);
        }
    }

    /** Records what it sees on every bar into a list shared by every instance; buys 10 on its first bar if asked. */
    static final class ClockProbe extends Strategy<ClockProbe.Params> {
        record Params() {
        }

        private final List<Seen> seen;
        private final boolean buyFirst;

        ClockProbe(List<Seen> seen, boolean buyFirst) {
            super(new Params());
            this.seen = seen;
            this.buyFirst = buyFirst;
        }

        @Override
        protected void onBar(Bar bar) {
            if (buyFirst && seen.isEmpty()) {
                buy(Quantity.of(10));
            }
            seen.add(new Seen(bar.instrument().symbol(), bar.tsNanos(), nowNanos(), isMarketOpen(), sessionCloseNanos()));
        }
    }

    static String text(long nanos) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), 0, ZoneOffset.UTC).toString();
    }

    static BacktestConfig on(TradingCalendar calendar) {
        return BacktestConfig.defaults().withExecution(ExecutionConfig.defaults().withCalendar(calendar));
    }

    static BarSeries load(String file, InstrumentId id) throws IOException {
        return CsvImporters.load(SharedData.file("backtrader/" + file), LoadOptions.defaults().withInstrument(id)).series();
    }

    static LocalDate date(long nanos) {
        return LocalDate.ofEpochDay(Math.floorDiv(nanos, DAY_NANOS));
    }

    @Test
    void withFiveMinuteAndDailyBarsEachDailyBarArrivesAfterTheLastFiveMinuteBarOfItsDay() throws IOException {
        // Given backtrader's end-labelled 5-minute bars (2006-01-02 to 01-30) and its daily bars, on a 24/7 market
        BarSeries minutes = load("2006-min-005.txt", FIVE_MINUTES);
        BarSeries days = load("2006-day-001.txt", DAILY);
        assertThat(minutes.label()).isEqualTo(BarLabel.END);
        List<Seen> seen = new ArrayList<>();

        BacktestResult r = Backtests.run(on(ExchangeCalendars.crypto()), List.of(minutes, days),
                Map.of(FIVE_MINUTES, new ClockProbe(seen, false), DAILY, new ClockProbe(seen, false)));

        // Then a daily bar is known at the end of its day (label + 1 day), after its day's last bar (17:30) and before
        // the next trading day's first (09:05); a 5-minute bar is known at its label (its end)
        assertThat(window(seen, "2006-01-02")).containsExactly(
                "FESX5M 2006-01-02T17:30 at 2006-01-02T17:30 open=true close=2006-01-03T00:00",
                "FESX1D 2006-01-02T00:00 at 2006-01-03T00:00 open=true close=2006-01-04T00:00",
                "FESX5M 2006-01-03T09:05 at 2006-01-03T09:05 open=true close=2006-01-04T00:00");
        assertThat(window(seen, "2006-01-06")).containsExactly(
                "FESX5M 2006-01-06T17:30 at 2006-01-06T17:30 open=true close=2006-01-07T00:00",
                "FESX1D 2006-01-06T00:00 at 2006-01-07T00:00 open=true close=2006-01-08T00:00",
                "FESX5M 2006-01-09T09:05 at 2006-01-09T09:05 open=true close=2006-01-10T00:00");
        assertThat(window(seen, "2006-01-30")).containsExactly(
                "FESX5M 2006-01-30T17:30 at 2006-01-30T17:30 open=true close=2006-01-31T00:00",
                "FESX1D 2006-01-30T00:00 at 2006-01-31T00:00 open=true close=2006-02-01T00:00",
                "FESX1D 2006-01-31T00:00 at 2006-02-01T00:00 open=true close=2006-02-02T00:00");
        int checked = 0;
        for (int i = 0; i < seen.size(); i++) {
            Seen daily = seen.get(i);
            if (daily.symbol().equals("FESX1D") && date(daily.labelNanos()).isBefore(LocalDate.of(2006, 1, 31))) {
                LocalDate day = date(daily.labelNanos());
                assertThat(daily.nowNanos()).isEqualTo(daily.labelNanos() + DAY_NANOS);
                for (int j = 0; j < seen.size(); j++) {
                    Seen other = seen.get(j);
                    if (other.symbol().equals("FESX5M") && date(other.labelNanos()).equals(day)) {
                        assertThat(j).as("%s before %s", other, daily).isLessThan(i);
                    } else if (other.symbol().equals("FESX5M") && date(other.labelNanos()).isAfter(day)) {
                        assertThat(j).as("%s after %s", other, daily).isGreaterThan(i);
                    }
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(21);
        // and as the daily labels (00:00) would take the records back in time, each of the 2,142 + 255 steps is
        // recorded at the time its bars became known
        assertThat(r.stepNanos()).hasSize(2397);
        int afterFirstDay = indexOf(r.stepNanos(), ts("2006-01-02T17:30")) + 1;
        assertThat(r.stepNanos()[afterFirstDay]).isEqualTo(ts("2006-01-03"));
        assertThat(r.stepNanos()[afterFirstDay + 1]).isEqualTo(ts("2006-01-03T09:05"));
        for (int i = 1; i < r.stepNanos().length; i++) {
            assertThat(r.stepNanos()[i]).isGreaterThan(r.stepNanos()[i - 1]);
        }
    }

    @Test
    void inADailyNyseBacktestTheClockReadsTheSessionCloseAsALiveClockWould() throws IOException {
        BarSeries orcl = load("orcl-2014.txt", InstrumentId.of("ORCL"));
        List<Seen> seen = new ArrayList<>();

        BacktestResult r = Backtests.run(on(ExchangeCalendars.nyse()), orcl, new ClockProbe(seen, false));

        // 16:00 New York: 21:00 UTC in winter, 20:00 UTC once daylight saving time starts (Sunday 2014-03-09) until it
        // ends (Sunday 2014-11-02); 13:00 on the half days before Independence Day, after Thanksgiving and on Christmas Eve
        assertThat(onDates(seen, "2014-03-03", "2014-03-07", "2014-03-10", "2014-07-03", "2014-10-31", "2014-11-03",
                "2014-11-28", "2014-12-24")).containsExactly(
                "ORCL 2014-03-03T00:00 at 2014-03-03T21:00 open=false close=2014-03-03T21:00",
                "ORCL 2014-03-07T00:00 at 2014-03-07T21:00 open=false close=2014-03-07T21:00",
                "ORCL 2014-03-10T00:00 at 2014-03-10T20:00 open=false close=2014-03-10T20:00",
                "ORCL 2014-07-03T00:00 at 2014-07-03T17:00 open=false close=2014-07-03T17:00",
                "ORCL 2014-10-31T00:00 at 2014-10-31T20:00 open=false close=2014-10-31T20:00",
                "ORCL 2014-11-03T00:00 at 2014-11-03T21:00 open=false close=2014-11-03T21:00",
                "ORCL 2014-11-28T00:00 at 2014-11-28T18:00 open=false close=2014-11-28T18:00",
                "ORCL 2014-12-24T00:00 at 2014-12-24T18:00 open=false close=2014-12-24T18:00");
        assertThat(seen).hasSize(252).allSatisfy(s -> {
            assertThat(s.nowNanos()).isEqualTo(s.closeNanos());
            assertThat(s.open()).isFalse();
        });
        // the equity curve keeps the bars' labels (00:00 UTC of each date)
        assertThat(r.stepNanos()[0]).isEqualTo(ts("2014-01-02"));
        assertThat(r.stepNanos()[251]).isEqualTo(ts("2014-12-31"));
    }

    @Test
    void aStartLabelledIntradayBarIsHandledWhenItEndsAndRecordsKeepItsLabel() {
        // Half-hour bars labelled by their start (the default), UTC; NYSE trades 14:30-21:00 UTC in January
        BarSeries bars = Bars.table(Bars.ACME, BarSpec.parse("30m"), """
                2024-01-02T14:30 O=10 H=10.1 L=9.9 C=10
                2024-01-02T15:00 O=10.2 H=10.3 L=10 C=10.1
                2024-01-02T20:30 O=10 H=10.1 L=9.8 C=9.9
                """);
        List<Seen> seen = new ArrayList<>();

        BacktestResult r = Backtests.run(on(ExchangeCalendars.nyse()), bars, new ClockProbe(seen, true));

        assertThat(seen).extracting(Seen::toString).containsExactly(
                "ACME 2024-01-02T14:30 at 2024-01-02T15:00 open=true close=2024-01-02T21:00",
                "ACME 2024-01-02T15:00 at 2024-01-02T15:30 open=true close=2024-01-02T21:00",
                "ACME 2024-01-02T20:30 at 2024-01-02T21:00 open=false close=2024-01-02T21:00");
        // the buy placed while the 14:30 bar was handled fills at the next bar's open; events are stamped with labels
        assertThat(EventText.of(r.events())).containsExactly(
                "2024-01-02T14:30 O-1 submitted",
                "2024-01-02T15:00 O-1 accepted",
                "2024-01-02T15:00 O-1 filled BUY 10 @ 10.2");
        assertThat(r.fills()).extracting(OrderFilled::tsNanos).containsExactly(ts("2024-01-02T15:00"));
        assertThat(r.stepNanos()).containsExactly(ts("2024-01-02T14:30"), ts("2024-01-02T15:00"), ts("2024-01-02T20:30"));

        // the same bars labelled by their end are handled at their label
        List<Seen> endLabelled = new ArrayList<>();
        Backtests.run(on(ExchangeCalendars.nyse()), bars.withLabel(BarLabel.END), new ClockProbe(endLabelled, false));
        assertThat(endLabelled).extracting(Seen::nowNanos)
                .containsExactly(ts("2024-01-02T14:30"), ts("2024-01-02T15:00"), ts("2024-01-02T20:30"));
    }

    /** The deliveries just before, of, and just after the daily bar of {@code isoDate}. */
    private static List<String> window(List<Seen> seen, String isoDate) {
        for (int i = 0; i < seen.size(); i++) {
            if (seen.get(i).symbol().equals("FESX1D") && seen.get(i).labelNanos() == ts(isoDate)) {
                return List.of(seen.get(i - 1).toString(), seen.get(i).toString(), seen.get(i + 1).toString());
            }
        }
        throw new AssertionError("no daily bar on " + isoDate);
    }

    private static List<String> onDates(List<Seen> seen, String... isoDates) {
        List<String> out = new ArrayList<>();
        for (String d : isoDates) {
            for (Seen s : seen) {
                if (s.labelNanos() == ts(d)) {
                    out.add(s.toString());
                }
            }
        }
        return out;
    }

    private static int indexOf(long[] values, long value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        throw new AssertionError("no step at " + text(value));
    }
}
