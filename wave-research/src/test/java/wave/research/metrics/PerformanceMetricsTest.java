package wave.research.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;
import wave.domain.portfolio.ClosedTrade;
import wave.domain.portfolio.PositionSide;

class PerformanceMetricsTest {
    private static final double EPS = 1e-12;
    private static final long DAY = 86_400_000_000_000L;
    /** Three bars a year, so that CAGR over the 3 returns below is the total return. */
    private static final MetricsConfig THIRDS = new MetricsConfig(3, 0, 0.95);

    /** Timestamps one day apart starting 2024-01-01 UTC. */
    private static long[] days(int n) {
        long start = LocalDate.of(2024, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1_000_000_000L;
        long[] ts = new long[n];
        for (int i = 0; i < n; i++) {
            ts[i] = start + i * DAY;
        }
        return ts;
    }

    private static long nanos(String date) {
        return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1_000_000_000L;
    }

    /** A closed trade with the given net pnl and a commission of 1 (gross = net + 1). */
    private static ClosedTrade trade(double netPnl) {
        long unit = FixedPoint.moneyOfUnits(1);
        return new ClosedTrade(InstrumentId.of("TEST"), PositionSide.LONG, 0, 1, unit, FixedPoint.moneyOfUnits(100),
                FixedPoint.moneyOfUnits(100), FixedPoint.moneyFromDouble(netPnl + 1), unit);
    }

    private static PerformanceReport withTrades(double... netPnls) {
        List<ClosedTrade> trades = new java.util.ArrayList<>();
        for (double pnl : netPnls) {
            trades.add(trade(pnl));
        }
        return PerformanceMetrics.compute(new MetricsInput(days(3), new double[] {100, 101, 102}, trades, 0, 0, 0),
                MetricsConfig.daily());
    }

    /*
     * Equity 100, 110, 99, 120 (P = 3 periods a year, rf = 0):
     *   r = [110/100 - 1, 99/110 - 1, 120/99 - 1] = [1/10, -1/10, 7/33]        N = 3
     *   mean = (1/10 - 1/10 + 7/33) / 3 = 7/99 = 0.070707...
     *   deviations d = r - mean, in units of 1/990: [29, -169, 140]
     *   S2 = sum d^2 = (841 + 28561 + 19600) / 990^2 = 49002 / 990^2
     *   sample std = sqrt(S2 / 2) = sqrt(24501) / 990 = 0.158109043...
     *   total return = 120/100 - 1 = 0.2;  CAGR = 1.2^(3/3) - 1 = 0.2
     *   annual volatility = sqrt(24501)/990 * sqrt(3) = 0.273852896...
     *   Sharpe = (7/99) / (sqrt(24501)/990) * sqrt(3) = 70 sqrt(3 / 24501) = 0.774580862...
     *   downside: min(r, 0)^2 = [0, 1/100, 0], DD = sqrt(1/300), Sortino = (7/99) * sqrt(300) * sqrt(3) = 210/99
     *   drawdown: running peak 100, 110, 110, 120; max (110 - 99)/110 = 0.1 at bar 2 (peak bar 1),
     *             recovered at bar 3 (120 >= 110): 2 bars, 2 days;  Calmar = 0.2 / 0.1 = 2
     *   VaR 95%: sorted [-0.1, 0.1, 0.2121..], h = 2 * 0.05 = 0.1, q = -0.1 + 0.1 * 0.2 = -0.08 -> VaR 0.08;
     *            CVaR = -mean(r <= -0.08) = -(-0.1) = 0.1
     *   skew = (S3/3) / (S2/3)^1.5 = sqrt(3) * S3 / S2^1.5 with S3 = (29^3 - 169^3 + 140^3) / 990^3
     *        = sqrt(3) * (-2058420) / 49002^1.5 = -0.328680479...
     *   kurtosis = (S4/3) / (S2/3)^2 = 3 * S4 / S2^2 = 3 * 1200598002 / 49002^2 = 1.5 -> excess -1.5
     *
     * Trades (net pnl): +30, -10, +5, -20, 0; fees 5; traded notional 1000; 3 of 4 bars in the market:
     *   win rate 2/5 = 0.4; profit factor (30 + 5) / |-10 - 20| = 7/6; average win 17.5; average loss -15;
     *   expectancy 5/5 = 1; best 30; worst -20; exposure 3/4; mean equity 429/4 = 107.25,
     *   turnover 1000 / 107.25 = 9.324009324...
     */
    @Test
    void handComputedCurveAndTrades() {
        long[] ts = days(4);
        List<ClosedTrade> trades = List.of(trade(30), trade(-10), trade(5), trade(-20), trade(0));
        MetricsInput in = new MetricsInput(ts, new double[] {100, 110, 99, 120}, trades, 5, 1000, 3);

        PerformanceReport r = PerformanceMetrics.compute(in, THIRDS);

        assertThat(r.bars()).isEqualTo(4);
        assertThat(r.startTsNanos()).isEqualTo(ts[0]);
        assertThat(r.endTsNanos()).isEqualTo(ts[3]);
        assertThat(r.startEquity()).isEqualTo(100);
        assertThat(r.endEquity()).isEqualTo(120);
        assertThat(r.totalReturn()).isCloseTo(0.2, within(EPS));
        assertThat(r.cagr()).isCloseTo(0.2, within(EPS));
        assertThat(r.annualVolatility()).isCloseTo(Math.sqrt(24501) / 990 * Math.sqrt(3), within(EPS))
                .isCloseTo(0.273852896, within(1e-9));
        assertThat(r.sharpe()).isCloseTo(70 * Math.sqrt(3.0 / 24501), within(EPS)).isCloseTo(0.774580862, within(1e-9));
        assertThat(r.sortino()).isCloseTo(210.0 / 99, within(EPS));
        assertThat(r.maxDrawdown()).isCloseTo(0.1, within(EPS));
        assertThat(r.drawdown()).isEqualTo(new Drawdown(r.maxDrawdown(), 1, ts[1], 2, ts[2], 3, ts[3], 2, 2.0));
        assertThat(r.calmar()).isCloseTo(2.0, within(EPS));
        assertThat(r.valueAtRisk()).isCloseTo(0.08, within(EPS));
        assertThat(r.conditionalValueAtRisk()).isCloseTo(0.1, within(EPS));
        assertThat(r.skew()).isCloseTo(Math.sqrt(3) * -2058420 / Math.pow(49002, 1.5), within(EPS))
                .isCloseTo(-0.328680479, within(1e-9));
        assertThat(r.excessKurtosis()).isCloseTo(-1.5, within(EPS));

        assertThat(r.closedTrades()).isEqualTo(5);
        assertThat(r.winRate()).isCloseTo(0.4, within(EPS));
        assertThat(r.profitFactor()).isCloseTo(7.0 / 6, within(EPS));
        assertThat(r.averageWin()).isCloseTo(17.5, within(EPS));
        assertThat(r.averageLoss()).isCloseTo(-15, within(EPS));
        assertThat(r.expectancy()).isCloseTo(1, within(EPS));
        assertThat(r.bestTrade()).isEqualTo(30);
        assertThat(r.worstTrade()).isEqualTo(-20);
        assertThat(r.exposure()).isEqualTo(0.75);
        assertThat(r.turnover()).isCloseTo(1000 / 107.25, within(EPS)).isCloseTo(9.324009324, within(1e-9));
        assertThat(r.totalFees()).isEqualTo(5);
        assertThat(r.config()).isEqualTo(THIRDS);
    }

    /*
     * Same curve with rf = 30% a year over P = 3, i.e. 0.1 per bar:
     *   Sharpe = (7/99 - 1/10) / (sqrt(24501)/990) * sqrt(3) = -29 sqrt(3 / 24501)
     *   excess r - 0.1 = [0, -0.2, 37/330]: DD = sqrt(0.04 / 3) = 0.2 / sqrt(3),
     *   Sortino = (-29/990) / (0.2 / sqrt(3)) * sqrt(3) = -29/66
     * The other statistics do not depend on rf.
     */
    @Test
    void riskFreeRateShiftsSharpeAndSortinoOnly() {
        MetricsInput in = MetricsInput.buyAndHold(days(4), new double[] {100, 110, 99, 120});
        PerformanceReport base = PerformanceMetrics.compute(in, THIRDS);
        PerformanceReport r = PerformanceMetrics.compute(in, THIRDS.withRiskFreeRateAnnual(0.3));

        assertThat(r.sharpe()).isCloseTo(-29 * Math.sqrt(3.0 / 24501), within(EPS));
        assertThat(r.sortino()).isCloseTo(-29.0 / 66, within(EPS));
        assertThat(r.annualVolatility()).isEqualTo(base.annualVolatility());
        assertThat(r.cagr()).isEqualTo(base.cagr());
        assertThat(r.valueAtRisk()).isEqualTo(base.valueAtRisk());
    }

    @Test
    void buyAndHoldHasNoTradesAndFullExposure() {
        PerformanceReport r = PerformanceMetrics.compute(MetricsInput.buyAndHold(days(4), new double[] {100, 110, 99, 120}),
                THIRDS);

        assertThat(r.closedTrades()).isZero();
        assertThat(r.winRate()).isNaN();
        assertThat(r.profitFactor()).isNaN();
        assertThat(r.averageWin()).isNaN();
        assertThat(r.averageLoss()).isNaN();
        assertThat(r.expectancy()).isNaN();
        assertThat(r.bestTrade()).isNaN();
        assertThat(r.worstTrade()).isNaN();
        assertThat(r.exposure()).isEqualTo(1.0);
        assertThat(r.turnover()).isZero();
        assertThat(r.totalFees()).isZero();
    }

    /*
     * 100, 120, 90, 100, 110: peak 120 (bar 1), trough 90 (bar 2), depth 30/120 = 0.25; 110 < 120 at the end,
     * so no recovery: the duration runs to the last bar, 4 - 1 = 3 bars and 3 days.
     */
    @Test
    void drawdownWithoutRecoveryRunsToTheLastBar() {
        long[] ts = days(5);
        PerformanceReport r = PerformanceMetrics.compute(MetricsInput.buyAndHold(ts, new double[] {100, 120, 90, 100, 110}),
                MetricsConfig.daily());

        Drawdown dd = r.drawdown();
        assertThat(dd.depth()).isCloseTo(0.25, within(EPS));
        assertThat(dd.peakIndex()).isEqualTo(1);
        assertThat(dd.peakTsNanos()).isEqualTo(ts[1]);
        assertThat(dd.troughIndex()).isEqualTo(2);
        assertThat(dd.troughTsNanos()).isEqualTo(ts[2]);
        assertThat(dd.recovered()).isFalse();
        assertThat(dd.recoveryIndex()).isNull();
        assertThat(dd.recoveryTsNanos()).isNull();
        assertThat(dd.durationBars()).isEqualTo(3);
        assertThat(dd.durationDays()).isEqualTo(3.0);
        assertThat(r.toMap().get("max_drawdown_recovery_time")).isNull();
        assertThat(r.toMap()).containsKey("max_drawdown_recovery_time");
    }

    /*
     * 100, 90, 100, 80, 100, 101 on Fri 2024-01-05, Mon 08, Tue 09, Wed 10, Thu 11, Fri 12:
     * first drawdown 10% (bar 0 -> 1), recovered exactly at 100 on bar 2, which starts the deeper one:
     * 20/100 = 0.2 from peak bar 2 to trough bar 3, recovered on bar 4 (100 >= 100): 2 bars, Tue -> Thu = 2 days.
     */
    @Test
    void deeperSecondDrawdownStartsAtTheLatestEqualPeakAndRecoversAtEquality() {
        long[] ts = {nanos("2024-01-05"), nanos("2024-01-08"), nanos("2024-01-09"), nanos("2024-01-10"),
            nanos("2024-01-11"), nanos("2024-01-12")};
        PerformanceReport r = PerformanceMetrics.compute(
                MetricsInput.buyAndHold(ts, new double[] {100, 90, 100, 80, 100, 101}), MetricsConfig.daily());

        assertThat(r.drawdown()).isEqualTo(new Drawdown(0.2, 2, ts[2], 3, ts[3], 4, ts[4], 2, 2.0));
    }

    /* Fri 2024-01-05 peak 100, Mon 08 trough 95, Wed 10 recovery 100.5: 2 bars but 5 calendar days. */
    @Test
    void durationInCalendarDaysCountsWeekends() {
        long[] ts = {nanos("2024-01-04"), nanos("2024-01-05"), nanos("2024-01-08"), nanos("2024-01-10")};
        Drawdown dd = PerformanceMetrics.compute(MetricsInput.buyAndHold(ts, new double[] {99, 100, 95, 100.5}),
                MetricsConfig.daily()).drawdown();

        assertThat(dd.depth()).isCloseTo(0.05, within(EPS));
        assertThat(dd.peakIndex()).isEqualTo(1);
        assertThat(dd.recoveryIndex()).isEqualTo(3);
        assertThat(dd.durationBars()).isEqualTo(2);
        assertThat(dd.durationDays()).isEqualTo(5.0);
    }

    @Test
    void risingCurveHasNoDrawdownAndNoCalmar() {
        long[] ts = days(3);
        PerformanceReport r = PerformanceMetrics.compute(MetricsInput.buyAndHold(ts, new double[] {100, 101, 103}),
                MetricsConfig.daily());

        assertThat(r.drawdown()).isEqualTo(new Drawdown(0, 0, ts[0], 0, ts[0], 0, ts[0], 0, 0));
        assertThat(r.calmar()).isNaN();
        assertThat(r.sortino()).isNaN(); // no return below 0: downside deviation 0
    }

    @Test
    void flatCurveHasZeroRiskAndUndefinedRatios() {
        PerformanceReport r = PerformanceMetrics.compute(MetricsInput.buyAndHold(days(4), new double[] {50, 50, 50, 50}),
                MetricsConfig.daily());

        assertThat(r.totalReturn()).isZero();
        assertThat(r.cagr()).isZero();
        assertThat(r.annualVolatility()).isZero();
        assertThat(r.sharpe()).isNaN();
        assertThat(r.sortino()).isNaN();
        assertThat(r.maxDrawdown()).isZero();
        assertThat(r.valueAtRisk()).isEqualTo(0.0); // +0.0, not -0.0
        assertThat(r.conditionalValueAtRisk()).isEqualTo(0.0);
        assertThat(r.skew()).isNaN();
        assertThat(r.excessKurtosis()).isNaN();
    }

    /* Two bars, one return of +10%: no sample std (ddof = 1), VaR is that return's negative. */
    @Test
    void twoBarsGiveOneReturn() {
        PerformanceReport r = PerformanceMetrics.compute(MetricsInput.buyAndHold(days(2), new double[] {100, 110}),
                MetricsConfig.daily());

        assertThat(r.totalReturn()).isCloseTo(0.1, within(EPS));
        assertThat(r.cagr()).isCloseTo(Math.pow(1.1, 252) - 1, within(1e-12 * Math.pow(1.1, 252)));
        assertThat(r.annualVolatility()).isNaN();
        assertThat(r.sharpe()).isNaN();
        assertThat(r.valueAtRisk()).isCloseTo(-0.1, within(EPS));
        assertThat(r.conditionalValueAtRisk()).isCloseTo(-0.1, within(EPS));
    }

    @Test
    void profitFactorEdgeCases() {
        PerformanceReport none = withTrades();
        assertThat(none.profitFactor()).isNaN();
        assertThat(none.winRate()).isNaN();

        PerformanceReport onlyWins = withTrades(10, 5);
        assertThat(onlyWins.profitFactor()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(onlyWins.winRate()).isEqualTo(1.0);
        assertThat(onlyWins.averageLoss()).isNaN();
        assertThat(onlyWins.averageWin()).isCloseTo(7.5, within(EPS));

        PerformanceReport onlyLosses = withTrades(-10, -5);
        assertThat(onlyLosses.profitFactor()).isZero();
        assertThat(onlyLosses.winRate()).isZero();
        assertThat(onlyLosses.averageWin()).isNaN();
        assertThat(onlyLosses.averageLoss()).isCloseTo(-7.5, within(EPS));
        assertThat(onlyLosses.bestTrade()).isEqualTo(-5);
        assertThat(onlyLosses.worstTrade()).isEqualTo(-10);

        PerformanceReport breakEven = withTrades(0, 0);
        assertThat(breakEven.profitFactor()).isNaN();
        assertThat(breakEven.winRate()).isZero();
        assertThat(breakEven.expectancy()).isZero();

        // Wins 12 + 3 = 15 against losses |-4 - 6| = 10; the break-even trade counts only in count and expectancy.
        PerformanceReport mixed = withTrades(12, -4, 3, -6, 0);
        assertThat(mixed.profitFactor()).isCloseTo(1.5, within(EPS));
        assertThat(mixed.winRate()).isCloseTo(0.4, within(EPS));
        assertThat(mixed.expectancy()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void tradePnlIsNetOfCommission() {
        long unit = FixedPoint.moneyOfUnits(1);
        // gross +2.5, commission 3.5: a net loss of 1.
        ClosedTrade t = new ClosedTrade(InstrumentId.of("X"), PositionSide.SHORT, 0, 1, unit, unit, unit,
                FixedPoint.parseMoney("2.5"), FixedPoint.parseMoney("3.5"));
        PerformanceReport r = PerformanceMetrics.compute(new MetricsInput(days(2), new double[] {1, 2}, List.of(t), 3.5, 2, 1),
                MetricsConfig.daily());

        assertThat(r.winRate()).isZero();
        assertThat(r.averageLoss()).isEqualTo(-1.0);
        assertThat(r.profitFactor()).isZero();
    }

    @Test
    void varConfidenceSelectsTheQuantile() {
        // Returns +1%, -2%, +3%, -4%, +5%; sorted [-0.04, -0.02, 0.01, 0.03, 0.05].
        double[] equity = {100, 101, 98.98, 101.9494, 97.871424, 102.7649952};
        MetricsInput in = MetricsInput.buyAndHold(days(6), equity);
        // 90%: h = 4 * 0.1 = 0.4: q = -0.04 + 0.4 * 0.02 = -0.032; tail {-0.04}
        PerformanceReport r90 = PerformanceMetrics.compute(in, MetricsConfig.daily().withVarConfidence(0.9));
        assertThat(r90.valueAtRisk()).isCloseTo(0.032, within(1e-12));
        assertThat(r90.conditionalValueAtRisk()).isCloseTo(0.04, within(1e-12));
        // 50%: h = 2: q = 0.01 (the median); tail {-0.04, -0.02, 0.01}, mean -0.05/3
        PerformanceReport r50 = PerformanceMetrics.compute(in, MetricsConfig.daily().withVarConfidence(0.5));
        assertThat(r50.valueAtRisk()).isCloseTo(-0.01, within(1e-12));
        assertThat(r50.conditionalValueAtRisk()).isCloseTo(0.05 / 3, within(1e-12));
    }

    @Test
    void configDefaultsAndBarSpec() {
        assertThat(MetricsConfig.daily()).isEqualTo(new MetricsConfig(252, 0, 0.95));
        assertThat(MetricsConfig.forBars(BarSpec.WEEK_1).periodsPerYear()).isEqualTo(52);
        assertThat(MetricsConfig.forBars(BarSpec.HOUR_1).periodsPerYear()).isEqualTo(252 * 6.5);
    }

    @Test
    void rejectsInvalidConfig() {
        assertThatThrownBy(() -> new MetricsConfig(0, 0, 0.95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("periodsPerYear");
        assertThatThrownBy(() -> new MetricsConfig(252, Double.NaN, 0.95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("riskFreeRateAnnual");
        assertThatThrownBy(() -> new MetricsConfig(252, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("varConfidence");
    }

    @Test
    void rejectsInvalidInput() {
        assertThatThrownBy(() -> MetricsInput.buyAndHold(days(3), new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length")
                .hasMessageContaining("3 timestamps and 2 equity values");
        assertThatThrownBy(() -> MetricsInput.buyAndHold(days(1), new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 bars");
        assertThatThrownBy(() -> MetricsInput.buyAndHold(days(3), new double[] {1, 0, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("equity must be positive")
                .hasMessageContaining("at bar 1");
        assertThatThrownBy(() -> MetricsInput.buyAndHold(days(3), new double[] {1, 2, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at bar 2");
        assertThatThrownBy(() -> MetricsInput.buyAndHold(days(3), new double[] {1, Double.POSITIVE_INFINITY, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> MetricsInput.buyAndHold(new long[] {5, 5}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> MetricsInput.buyAndHold(null, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("required");
        assertThatThrownBy(() -> new MetricsInput(days(2), new double[] {1, 2}, null, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trades");
        assertThatThrownBy(() -> new MetricsInput(days(2), new double[] {1, 2}, List.of(), -1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("totalFees");
        assertThatThrownBy(() -> new MetricsInput(days(2), new double[] {1, 2}, List.of(), 0, -1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tradedNotional");
        assertThatThrownBy(() -> new MetricsInput(days(2), new double[] {1, 2}, List.of(), 0, 0, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("barsInMarket");
    }
}
