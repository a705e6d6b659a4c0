package wave.research.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import wave.domain.calendar.ExchangeCalendars;
import wave.domain.calendar.TradingCalendar;
import wave.domain.market.BarSpec;

class AnnualisationTest {
    private static final TradingCalendar NYSE = ExchangeCalendars.nyse();

    @Test
    void completeExchangeDailyDataKeepsTradingDaysAndItsBarCount() {
        long[] ts = sessions(LocalDate.of(2019, 1, 2), LocalDate.of(2020, 12, 31));

        MetricsConfig config = Annualisation.infer(ts, BarSpec.DAY_1);

        assertThat(config.periodsPerYear()).isEqualTo(252.0);
        assertThat(config.yearsElapsed()).isNaN();
        assertThat(config.perYearExponent(ts.length - 1)).isEqualTo(252.0 / (ts.length - 1));
    }

    @Test
    void dailyDataWithWeekendsTradesEveryDay() {
        long[] ts = days(LocalDateTime.of(2021, 1, 1, 0, 0), 730, 86_400);

        MetricsConfig config = Annualisation.infer(ts, BarSpec.DAY_1);

        assertThat(config.periodsPerYear()).isEqualTo(365.0);
        assertThat(config.yearsElapsed()).isNaN();
    }

    @Test
    void oneMinuteBarsOnEveryDayAnnualiseOverTheMinutesOfAYear() {
        long[] ts = days(LocalDateTime.of(2021, 3, 6, 0, 0), 3 * 1440, 60);

        MetricsConfig config = Annualisation.infer(ts, BarSpec.MINUTE_1);

        // 365 days of 1440 minutes, not 252 sessions of 390: about 5.3 times more periods a year.
        assertThat(config.periodsPerYear()).isEqualTo(365.0 * 1440);
        assertThat(config.yearsElapsed()).isNaN();
    }

    @Test
    void intradayBarsPerSessionComeFromTheData() {
        List<Long> ts = new ArrayList<>();
        for (long day : sessions(LocalDate.of(2006, 1, 2), LocalDate.of(2006, 1, 31))) {
            // 09:05 to 17:30 in 5-minute bars: 102 a session.
            long open = day + 9 * 3_600_000_000_000L + 5 * 60_000_000_000L;
            IntStream.range(0, 102).forEach(i -> ts.add(open + i * 300_000_000_000L));
        }

        MetricsConfig config = Annualisation.infer(ts.stream().mapToLong(Long::longValue).toArray(), BarSpec.MINUTE_5);

        assertThat(config.periodsPerYear()).isEqualTo(252.0 * 102);
    }

    @Test
    void dataWithHolesCountsTheElapsedSessionsAsItsYears() {
        long[] y2006 = sessions(LocalDate.of(2006, 1, 3), LocalDate.of(2006, 12, 29));
        long[] y2014 = sessions(LocalDate.of(2014, 1, 2), LocalDate.of(2014, 12, 31));
        long[] ts = new long[y2006.length + y2014.length];
        System.arraycopy(y2006, 0, ts, 0, y2006.length);
        System.arraycopy(y2014, 0, ts, y2006.length, y2014.length);

        MetricsConfig config = Annualisation.infer(ts, BarSpec.DAY_1);

        int elapsed = NYSE.tradingDaysBetween(LocalDate.of(2006, 1, 3), LocalDate.of(2014, 12, 31));
        assertThat(config.periodsPerYear()).isEqualTo(252.0);
        assertThat(config.yearsElapsed()).isEqualTo(elapsed / 252.0).isCloseTo(8.99, within(0.02));
        // Counted by bars the two years would be 2.
        assertThat((ts.length - 1) / 252.0).isCloseTo(2.0, within(0.02));
    }

    @Test
    void theCagrOfDataWithHolesIsPerElapsedYear() {
        long[] ts = {nanos(LocalDateTime.of(2006, 1, 3, 0, 0)), nanos(LocalDateTime.of(2006, 1, 4, 0, 0)),
                nanos(LocalDateTime.of(2014, 12, 30, 0, 0)), nanos(LocalDateTime.of(2014, 12, 31, 0, 0))};
        MetricsConfig config = Annualisation.infer(ts, BarSpec.DAY_1);
        double[] equity = {100, 101, 150, 200};

        PerformanceReport report = PerformanceMetrics.compute(new MetricsInput(ts, equity, List.of(), 0, 0, 0), config);

        double years = NYSE.tradingDaysBetween(LocalDate.of(2006, 1, 3), LocalDate.of(2014, 12, 31)) / 252.0;
        assertThat(report.cagr()).isCloseTo(Math.pow(2.0, 1 / years) - 1, within(1e-12)).isCloseTo(0.080, within(0.001));
    }

    @Test
    void anOverrideKeepsTheElapsedYears() {
        MetricsConfig config = new MetricsConfig(252, 0, 0.95, 9.0).withPeriodsPerYear(365);

        assertThat(config.periodsPerYear()).isEqualTo(365.0);
        assertThat(config.yearsElapsed()).isEqualTo(9.0);
        assertThatThrownBy(() -> new MetricsConfig(252, 0, 0.95, -1))
                .hasMessage("yearsElapsed must be positive and finite (or NaN), got -1.0");
    }

    private static long[] sessions(LocalDate from, LocalDate to) {
        List<Long> ts = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (NYSE.isTradingDay(d)) {
                ts.add(nanos(d.atStartOfDay()));
            }
        }
        return ts.stream().mapToLong(Long::longValue).toArray();
    }

    private static long[] days(LocalDateTime start, int count, long stepSeconds) {
        long first = nanos(start);
        return IntStream.range(0, count).mapToLong(i -> first + i * stepSeconds * 1_000_000_000L).toArray();
    }

    private static long nanos(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;
    }
}
