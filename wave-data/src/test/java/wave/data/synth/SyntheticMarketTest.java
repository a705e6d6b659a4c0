package wave.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.data.csv.BarCsvWriter;
import wave.data.csv.CsvImporters;
import wave.data.csv.ImportResult;
import wave.data.csv.LoadOptions;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;

class SyntheticMarketTest {
    private static final InstrumentId AAA = InstrumentId.of("AAA");
    private static final InstrumentId BBB = InstrumentId.of("BBB");
    private static final SyntheticMarketConfig DAILY_PAIR =
            SyntheticMarketConfig.defaults(7, List.of(AAA, BBB), 5_000, BarSpec.DAY_1);

    @Test
    void sameSeedGivesIdenticalBars() {
        GeneratedMarket first = SyntheticMarket.generate(DAILY_PAIR);
        GeneratedMarket second = SyntheticMarket.generate(DAILY_PAIR);

        for (int s = 0; s < 2; s++) {
            for (int i = 0; i < DAILY_PAIR.bars(); i++) {
                assertThat(second.series().get(s).bar(i)).isEqualTo(first.series().get(s).bar(i));
                assertThat(second.regime(i)).isEqualTo(first.regime(i));
            }
        }
    }

    @Test
    void differentSeedGivesDifferentBars() {
        BarSeries first = SyntheticMarket.generate(DAILY_PAIR).series(AAA);
        BarSeries other = SyntheticMarket.generate(DAILY_PAIR.withSeed(8)).series(AAA);

        int same = 0;
        for (int i = 0; i < first.size(); i++) {
            same += first.closeRaw(i) == other.closeRaw(i) ? 1 : 0;
        }
        assertThat(same).isLessThan(first.size() / 100);
    }

    @Test
    void everyBarIsCoherentAndOnTheTick() {
        SyntheticMarketConfig config = DAILY_PAIR.withBars(50_000).withJumps(new JumpParams(0.05, -0.05, 0.2));
        for (BarSeries series : SyntheticMarket.generate(config).series()) {
            int bad = 0;
            for (int i = 0; i < series.size(); i++) {
                long o = series.openRaw(i);
                long h = series.highRaw(i);
                long l = series.lowRaw(i);
                long c = series.closeRaw(i);
                boolean coherent = l > 0 && l <= Math.min(o, c) && Math.max(o, c) <= h && series.volume(i) >= 1
                        && o % config.tickRaw() == 0 && h % config.tickRaw() == 0 && l % config.tickRaw() == 0
                        && c % config.tickRaw() == 0 && series.volume(i) == Math.rint(series.volume(i));
                bad += coherent ? 0 : 1;
            }
            assertThat(bad).isZero();
        }
    }

    @Test
    void opensNearThePreviousClose() {
        BarSeries series = SyntheticMarket.generate(DAILY_PAIR).series(AAA);

        double worstGap = 0;
        for (int i = 1; i < series.size(); i++) {
            worstGap = Math.max(worstGap, Math.abs(Math.log(series.open(i) / series.close(i - 1))));
        }
        assertThat(worstGap).isLessThan(0.03);
    }

    @Test
    void returnsHaveTheConfiguredCorrelationUnderConstantVolatility() {
        SyntheticMarketConfig config = DAILY_PAIR.withBars(20_000).withCorrelation(0.7).withGarch(new GarchParams(1e-4, 0, 0))
                .withJumps(JumpParams.NONE).withRegimes(RegimeParams.none());
        GeneratedMarket market = SyntheticMarket.generate(config);

        assertThat(correlation(logReturns(market.series(AAA)), logReturns(market.series(BBB)))).isCloseTo(0.7, offset(0.015));
    }

    @Test
    void garchLowersTheReturnCorrelationOnlySlightly() {
        // each instrument's GARCH variance moves on its own, so corr(returns) = rho * E[s1 s2] / sqrt(E[s1^2] E[s2^2]) < rho
        SyntheticMarketConfig config = DAILY_PAIR.withBars(20_000).withCorrelation(0.7)
                .withJumps(JumpParams.NONE).withRegimes(RegimeParams.none());
        GeneratedMarket market = SyntheticMarket.generate(config);

        assertThat(correlation(logReturns(market.series(AAA)), logReturns(market.series(BBB)))).isBetween(0.62, 0.71);
    }

    @Test
    void negativeCorrelationToo() {
        SyntheticMarketConfig config = DAILY_PAIR.withBars(20_000).withCorrelation(-0.4).withGarch(new GarchParams(1e-4, 0, 0))
                .withJumps(JumpParams.NONE).withRegimes(RegimeParams.none());
        GeneratedMarket market = SyntheticMarket.generate(config);

        assertThat(correlation(logReturns(market.series(AAA)), logReturns(market.series(BBB)))).isCloseTo(-0.4, offset(0.02));
    }

    @Test
    void volatilityClusters() {
        SyntheticMarketConfig config = SyntheticMarketConfig.defaults(11, List.of(AAA), 20_000, BarSpec.DAY_1)
                .withGarch(GarchParams.ofVolatility(0.01, 0.10, 0.85)).withJumps(JumpParams.NONE).withRegimes(RegimeParams.none());
        double[] r = logReturns(SyntheticMarket.generate(config).series(AAA));
        double[] squared = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            squared[i] = r[i] * r[i];
        }

        double lag1 = correlation(java.util.Arrays.copyOfRange(squared, 0, r.length - 1), java.util.Arrays.copyOfRange(squared, 1, r.length));
        double rawLag1 = correlation(java.util.Arrays.copyOfRange(r, 0, r.length - 1), java.util.Arrays.copyOfRange(r, 1, r.length));

        assertThat(lag1).isGreaterThan(0.1);
        assertThat(rawLag1).isCloseTo(0, offset(0.05));
    }

    @Test
    void dailyVolatilityMatchesTheGarchLevel() {
        SyntheticMarketConfig config = SyntheticMarketConfig.defaults(3, List.of(AAA), 20_000, BarSpec.DAY_1)
                .withGarch(GarchParams.ofVolatility(0.01, 0.05, 0.90)).withJumps(JumpParams.NONE).withRegimes(RegimeParams.none());

        double[] r = logReturns(SyntheticMarket.generate(config).series(AAA));

        assertThat(Math.sqrt(variance(r))).isCloseTo(0.01, offset(0.001));
    }

    @Test
    void visitsEveryRegime() {
        GeneratedMarket market = SyntheticMarket.generate(DAILY_PAIR);

        Set<Regime> seen = EnumSet.noneOf(Regime.class);
        for (int i = 0; i < market.bars(); i++) {
            seen.add(market.regime(i));
        }
        assertThat(seen).containsExactlyInAnyOrder(Regime.values());
        assertThat(market.regime(0)).isEqualTo(Regime.MEAN_REVERTING);
    }

    @Test
    void dailyBarsSkipWeekendsAndIntradayBarsRunAroundTheClock() {
        BarSeries daily = SyntheticMarket.generate(DAILY_PAIR.withStart(Instant.parse("2021-01-02T15:00:00Z"))).series(AAA);
        assertThat(daily.bar(0).time()).isEqualTo(Instant.parse("2021-01-04T00:00:00Z"));
        for (int i = 0; i < 20; i++) {
            DayOfWeek day = LocalDate.ofEpochDay(daily.tsNanos(i) / 86_400_000_000_000L).getDayOfWeek();
            assertThat(day).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
        assertThat(daily.bar(5).time()).isEqualTo(Instant.parse("2021-01-11T00:00:00Z"));

        BarSeries intraday = SyntheticMarket.generate(SyntheticMarketConfig.defaults(1, List.of(AAA), 3000, BarSpec.MINUTE_5)).series(AAA);
        assertThat(intraday.bar(0).time()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(intraday.bar(2999).time()).isEqualTo(Instant.parse("2020-01-11T09:55:00Z"));
        assertThat(intraday.spec()).isEqualTo(BarSpec.MINUTE_5);
    }

    @Test
    void roundTripsThroughCsvExactly(@TempDir Path dir) throws IOException {
        for (BarSpec spec : List.of(BarSpec.DAY_1, BarSpec.MINUTE_1, BarSpec.HOUR_1)) {
            BarSeries series = SyntheticMarket.generate(SyntheticMarketConfig.defaults(5, List.of(AAA), 10_000, spec)).series(AAA);
            Path file = dir.resolve("AAA-" + spec + ".csv");
            BarCsvWriter.write(series, file);

            ImportResult back = CsvImporters.load(file, LoadOptions.defaults());

            assertThat(back.series().instrument()).isEqualTo(AAA);
            assertThat(back.series().spec()).isEqualTo(spec);
            assertThat(back.series().size()).isEqualTo(series.size());
            int different = 0;
            for (int i = 0; i < series.size(); i++) {
                different += back.series().bar(i).equals(series.bar(i)) ? 0 : 1;
            }
            assertThat(different).isZero();
            assertThat(back.report().hasFailures()).isFalse();
        }
    }

    @Test
    void generatesAMillionBars() {
        SyntheticMarketConfig config = SyntheticMarketConfig.defaults(1, List.of(AAA), 1_000_000, BarSpec.MINUTE_1);

        BarSeries series = SyntheticMarket.generate(config).series(AAA);

        assertThat(series.size()).isEqualTo(1_000_000);
        assertThat(series.bar(999_999).time()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z").plusSeconds(60L * 999_999));
    }

    static double[] logReturns(BarSeries series) {
        double[] r = new double[series.size() - 1];
        for (int i = 1; i < series.size(); i++) {
            r[i - 1] = Math.log(series.close(i) / series.close(i - 1));
        }
        return r;
    }

    static double correlation(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }
}
