package wave.research.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.FixedPoint;
import wave.domain.portfolio.ClosedTrade;
import wave.domain.portfolio.PositionSide;

class PerformanceReportTest {
    /** The documented JSON keys, in order (docs/metrics.md). Changing them breaks consumers. */
    private static final List<String> EXPECTED_KEYS = List.of(
            "bars", "start_time", "end_time", "start_equity", "end_equity",
            "total_return", "cagr", "annual_volatility", "sharpe_ratio", "sortino_ratio",
            "max_drawdown", "max_drawdown_peak_time", "max_drawdown_trough_time", "max_drawdown_recovery_time",
            "max_drawdown_duration_bars", "max_drawdown_duration_days", "calmar_ratio",
            "value_at_risk", "conditional_value_at_risk", "skew", "excess_kurtosis",
            "closed_trades", "win_rate", "profit_factor", "average_win", "average_loss", "expectancy",
            "best_trade", "worst_trade", "exposure", "turnover", "total_fees",
            "periods_per_year", "risk_free_rate_annual", "var_confidence");

    private static final List<String> LABELS = List.of(
            "Bars", "Start", "End", "Start equity", "End equity", "Total return", "CAGR", "Annual volatility",
            "Sharpe ratio", "Sortino ratio", "Max drawdown", "Max drawdown peak", "Max drawdown trough",
            "Max drawdown recovery", "Max drawdown duration (bars)", "Max drawdown duration (days)", "Calmar ratio",
            "Value at risk (95%, 1 bar)", "Conditional VaR (95%, 1 bar)", "Skew", "Excess kurtosis", "Closed trades",
            "Win rate", "Profit factor", "Average win", "Average loss", "Expectancy", "Best trade", "Worst trade",
            "Exposure time", "Turnover", "Total fees", "Periods per year", "Risk-free rate (annual)",
            "VaR confidence");

    private static long nanos(String date) {
        return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1_000_000_000L;
    }

    private static PerformanceReport sample() {
        long[] ts = {nanos("2024-01-01"), nanos("2024-01-02"), nanos("2024-01-03"), nanos("2024-01-04")};
        long unit = FixedPoint.moneyOfUnits(1);
        ClosedTrade win = new ClosedTrade(InstrumentId.of("ACME"), PositionSide.LONG, ts[0], ts[1], unit, unit, unit,
                FixedPoint.moneyOfUnits(31), unit);
        ClosedTrade loss = new ClosedTrade(InstrumentId.of("ACME"), PositionSide.LONG, ts[1], ts[3], unit, unit, unit,
                FixedPoint.moneyOfUnits(-9), unit);
        return PerformanceMetrics.compute(
                new MetricsInput(ts, new double[] {100, 110, 99, 120}, List.of(win, loss), 2, 1000, 3),
                new MetricsConfig(3, 0, 0.95));
    }

    @Test
    void toMapHasTheDocumentedKeysInOrder() {
        Map<String, Object> map = sample().toMap();

        assertThat(map.keySet()).containsExactlyElementsOf(EXPECTED_KEYS);
        assertThat(PerformanceReport.KEYS).containsExactlyElementsOf(EXPECTED_KEYS);
    }

    @Test
    void toMapValuesHaveJsonFriendlyTypes() {
        PerformanceReport r = sample();
        Map<String, Object> map = r.toMap();

        assertThat(map.get("bars")).isEqualTo(4);
        assertThat(map.get("start_time")).isEqualTo("2024-01-01T00:00:00Z");
        assertThat(map.get("end_time")).isEqualTo("2024-01-04T00:00:00Z");
        assertThat(map.get("start_equity")).isEqualTo(100.0);
        assertThat(map.get("total_return")).isEqualTo(r.totalReturn());
        assertThat(map.get("max_drawdown")).isEqualTo(r.maxDrawdown());
        assertThat(map.get("max_drawdown_peak_time")).isEqualTo("2024-01-02T00:00:00Z");
        assertThat(map.get("max_drawdown_trough_time")).isEqualTo("2024-01-03T00:00:00Z");
        assertThat(map.get("max_drawdown_recovery_time")).isEqualTo("2024-01-04T00:00:00Z");
        assertThat(map.get("max_drawdown_duration_bars")).isEqualTo(2);
        assertThat(map.get("max_drawdown_duration_days")).isEqualTo(2.0);
        assertThat(map.get("closed_trades")).isEqualTo(2);
        assertThat(map.get("profit_factor")).isEqualTo(3.0);
        assertThat(map.get("average_loss")).isEqualTo(-10.0);
        assertThat(map.get("exposure")).isEqualTo(0.75);
        assertThat(map.get("total_fees")).isEqualTo(2.0);
        assertThat(map.get("periods_per_year")).isEqualTo(3.0);
        assertThat(map.get("var_confidence")).isEqualTo(0.95);
        for (String key : EXPECTED_KEYS) {
            assertThat(map.get(key)).as(key).isInstanceOfAny(Integer.class, Double.class, String.class);
        }
    }

    @Test
    void formatShowsEveryMetricInAnAlignedTable() {
        String text = sample().format();

        for (String label : LABELS) {
            assertThat(text).as(label).contains(label);
        }
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(LABELS.size() + 2); // header and rule
        assertThat(lines.get(0)).startsWith("Metric").endsWith("Value");
        int width = lines.get(0).length();
        assertThat(lines).allSatisfy(line -> assertThat(line).hasSize(width));
        assertThat(text).contains("20.00%")   // total return and CAGR
                .contains("10.00%")              // max drawdown
                .contains("2024-01-02")          // drawdown peak
                .contains("3.000")               // profit factor
                .contains("-10.00");             // average loss
    }

    @Test
    void formatMarksUndefinedAndUnrecoveredValues() {
        long[] ts = {nanos("2024-01-01"), nanos("2024-01-02"), nanos("2024-01-03")};
        String text = PerformanceMetrics.compute(MetricsInput.buyAndHold(ts, new double[] {100, 90, 95}),
                MetricsConfig.daily()).format();

        assertThat(text).contains("not recovered").contains("n/a");
        assertThat(text.lines().filter(l -> l.startsWith("Profit factor ")).findFirst().orElseThrow()).endsWith("n/a");
    }
}
