package wave.research.metrics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Performance of one equity curve. Notation: {@code r_i = equity_i / equity_(i-1) - 1} for {@code i = 1..N},
 * {@code N = bars - 1}, {@code P} = periods per year, {@code rf} = annual risk-free rate. Fractions, not percent;
 * money in the account currency; undefined values are {@link Double#NaN}.
 *
 * @param bars                   number of equity samples ({@code N + 1})
 * @param startTsNanos           time of the first bar, nanoseconds since the epoch (UTC)
 * @param endTsNanos             time of the last bar, nanoseconds since the epoch (UTC)
 * @param startEquity            equity at the first bar (account currency)
 * @param endEquity              equity at the last bar (account currency)
 * @param totalReturn            {@code equity_last / equity_first - 1} (fraction)
 * @param cagr                   compound annual growth rate {@code prod(1 + r_i)^(P / N) - 1}, or
 *                               {@code ^(1 / yearsElapsed)} when set (fraction per year);
 *                               the product telescopes to {@code equity_last / equity_first}
 * @param annualVolatility       sample standard deviation of {@code r} (ddof = 1) times {@code sqrt(P)}
 *                               (fraction per year); NaN for a single return
 * @param sharpe                 {@code (mean(r) - rf / P) / std(r, ddof = 1) * sqrt(P)}; NaN when the standard
 *                               deviation is 0 or undefined
 * @param sortino                {@code (mean(r) - rf / P) / DD * sqrt(P)} with downside deviation
 *                               {@code DD = sqrt(sum_i min(r_i - rf / P, 0)^2 / N)} over all {@code N} returns;
 *                               NaN when {@code DD} is 0
 * @param drawdown               the maximum drawdown {@code max_i (peak_i - equity_i) / peak_i}, {@code peak_i}
 *                               the running maximum, with its peak, trough and recovery dates and duration
 * @param calmar                 {@code cagr / |max drawdown|}; NaN when there is no drawdown
 * @param valueAtRisk            one-bar historical VaR at {@code varConfidence}: {@code -percentile(r, 1 - c)}
 *                               with linear interpolation ({@code h = (N - 1)(1 - c)},
 *                               {@code x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])} over sorted
 *                               {@code x}); a positive number is a loss (fraction of equity)
 * @param conditionalValueAtRisk one-bar historical CVaR (expected shortfall): {@code -mean(r_i | r_i <= q)} with
 *                               {@code q} the percentile above (fraction of equity, positive = loss)
 * @param skew                   {@code m3 / m2^1.5} with biased central moments {@code m_k = mean((r - mean(r))^k)};
 *                               NaN when {@code m2} is 0
 * @param excessKurtosis         {@code m4 / m2^2 - 3} (0 for a normal distribution); NaN when {@code m2} is 0
 * @param closedTrades           number of closed round trips
 * @param winRate                trades with net pnl {@code > 0} divided by {@code closedTrades} (fraction);
 *                               NaN without trades
 * @param profitFactor           sum of winning net pnl / |sum of losing net pnl|; {@code +Infinity} with wins and
 *                               no loss, 0 with losses and no win, NaN with neither (no trades, or only
 *                               break-even ones)
 * @param averageWin             mean net pnl of the winning trades (account currency, positive); NaN if none
 * @param averageLoss            mean net pnl of the losing trades (account currency, negative); NaN if none
 * @param expectancy             mean net pnl per closed trade (account currency); NaN without trades
 * @param bestTrade              largest net pnl of a trade (account currency); NaN without trades
 * @param worstTrade             smallest net pnl of a trade (account currency); NaN without trades
 * @param exposure               exposure time: {@code barsInMarket / bars} (fraction of bars with a position)
 * @param turnover               {@code tradedNotional / mean(equity)} over the whole run (times the average
 *                               equity was traded)
 * @param totalFees              fees paid during the run (account currency)
 * @param config                 the settings the report was computed with
 */
public record PerformanceReport(int bars, long startTsNanos, long endTsNanos, double startEquity, double endEquity,
                                double totalReturn, double cagr, double annualVolatility, double sharpe, double sortino,
                                Drawdown drawdown, double calmar, double valueAtRisk, double conditionalValueAtRisk,
                                double skew, double excessKurtosis, int closedTrades, double winRate,
                                double profitFactor, double averageWin, double averageLoss, double expectancy,
                                double bestTrade, double worstTrade, double exposure, double turnover,
                                double totalFees, MetricsConfig config) {

    /** The keys of {@link #toMap()}, in their order. */
    public static final List<String> KEYS = List.of(
            "bars", "start_time", "end_time", "start_equity", "end_equity",
            "total_return", "cagr", "annual_volatility", "sharpe_ratio", "sortino_ratio",
            "max_drawdown", "max_drawdown_peak_time", "max_drawdown_trough_time", "max_drawdown_recovery_time",
            "max_drawdown_duration_bars", "max_drawdown_duration_days", "calmar_ratio",
            "value_at_risk", "conditional_value_at_risk", "skew", "excess_kurtosis",
            "closed_trades", "win_rate", "profit_factor", "average_win", "average_loss", "expectancy",
            "best_trade", "worst_trade", "exposure", "turnover", "total_fees",
            "periods_per_year", "risk_free_rate_annual", "var_confidence");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** Requires the drawdown and the config. */
    public PerformanceReport {
        if (drawdown == null || config == null) {
            throw new IllegalArgumentException("drawdown and config are required");
        }
    }

    /** The maximum drawdown as a fraction in {@code [0, 1)}: {@code drawdown().depth()} (0.25 = a 25% decline). */
    public double maxDrawdown() {
        return drawdown.depth();
    }

    /**
     * The report as a map for JSON, keys in the order of {@link #KEYS}: snake_case names; times as ISO-8601 UTC
     * instants ({@code 1995-01-03T00:00:00Z}); counts as {@link Integer}; everything else as {@link Double}
     * (fractions and account-currency amounts, NaN and Infinity kept as they are).
     * {@code max_drawdown_recovery_time} is {@code null} when the drawdown has not recovered. The map is
     * unmodifiable.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Metric row : metrics()) {
            map.put(row.key(), row.unit() == Unit.TIME && row.value() != null
                    ? toInstant((Long) row.value()).toString() : row.value());
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * A two-column text table for the terminal: one metric per line, names left-aligned, values right-aligned;
     * fractions shown as percent, money with two decimals, dates as {@code yyyy-MM-dd} (with the time of day when
     * it is not midnight UTC), undefined values as {@code n/a}.
     */
    public String format() {
        return format(metrics());
    }

    /**
     * The table of {@link #format()} for any list of metrics (e.g. metrics read back from a store).
     *
     * @param rows metrics in display order
     */
    public static String format(List<Metric> rows) {
        List<String> values = new ArrayList<>(rows.size());
        int labelWidth = "Metric".length();
        int valueWidth = "Value".length();
        for (Metric row : rows) {
            String value = formatValue(row.unit(), row.value());
            values.add(value);
            labelWidth = Math.max(labelWidth, row.label().length());
            valueWidth = Math.max(valueWidth, value.length());
        }
        StringBuilder out = new StringBuilder();
        String line = "%-" + labelWidth + "s  %" + valueWidth + "s%n";
        out.append(String.format(Locale.ROOT, line, "Metric", "Value"));
        out.append("-".repeat(labelWidth)).append("  ").append("-".repeat(valueWidth)).append(System.lineSeparator());
        for (int i = 0; i < rows.size(); i++) {
            out.append(String.format(Locale.ROOT, line, rows.get(i).label(), values.get(i)));
        }
        return out.toString();
    }

    /** What a metric's value measures, which decides how it is shown. */
    public enum Unit {
        /** A whole number ({@link Integer}). */
        COUNT,
        /** A time: nanoseconds since the epoch, UTC ({@link Long}), or null when it never happened. */
        TIME,
        /** An amount in the account currency ({@link Double}). */
        MONEY,
        /** A fraction ({@link Double}, 0.25 = 25%), shown as percent. */
        FRACTION,
        /** A ratio ({@link Double}). */
        RATIO,
        /** A number of days ({@link Double}). */
        DAYS,
        /** Any other number ({@link Double}). */
        NUMBER
    }

    /**
     * One metric of the report.
     *
     * @param key   the key of {@link #toMap()}, e.g. {@code sharpe_ratio}
     * @param label the name shown by {@link #format()}, e.g. {@code Sharpe ratio}
     * @param unit  what the value measures
     * @param value {@link Integer} for counts, {@link Long} nanoseconds (or null) for times, {@link Double} otherwise
     */
    public record Metric(String key, String label, Unit unit, Object value) {
    }

    /** The metrics in the order of {@link #KEYS}: the single list behind {@link #toMap()} and {@link #format()}. */
    public List<Metric> metrics() {
        String level = new BigDecimal(Double.toString(config.varConfidence())).movePointRight(2).stripTrailingZeros()
                .toPlainString() + "%";
        Drawdown dd = drawdown;
        return List.of(
                new Metric("bars", "Bars", Unit.COUNT, bars),
                new Metric("start_time", "Start", Unit.TIME, startTsNanos),
                new Metric("end_time", "End", Unit.TIME, endTsNanos),
                new Metric("start_equity", "Start equity", Unit.MONEY, startEquity),
                new Metric("end_equity", "End equity", Unit.MONEY, endEquity),
                new Metric("total_return", "Total return", Unit.FRACTION, totalReturn),
                new Metric("cagr", "CAGR", Unit.FRACTION, cagr),
                new Metric("annual_volatility", "Annual volatility", Unit.FRACTION, annualVolatility),
                new Metric("sharpe_ratio", "Sharpe ratio", Unit.RATIO, sharpe),
                new Metric("sortino_ratio", "Sortino ratio", Unit.RATIO, sortino),
                new Metric("max_drawdown", "Max drawdown", Unit.FRACTION, dd.depth()),
                new Metric("max_drawdown_peak_time", "Max drawdown peak", Unit.TIME, dd.peakTsNanos()),
                new Metric("max_drawdown_trough_time", "Max drawdown trough", Unit.TIME, dd.troughTsNanos()),
                new Metric("max_drawdown_recovery_time", "Max drawdown recovery", Unit.TIME, dd.recoveryTsNanos()),
                new Metric("max_drawdown_duration_bars", "Max drawdown duration (bars)", Unit.COUNT, dd.durationBars()),
                new Metric("max_drawdown_duration_days", "Max drawdown duration (days)", Unit.DAYS, dd.durationDays()),
                new Metric("calmar_ratio", "Calmar ratio", Unit.RATIO, calmar),
                new Metric("value_at_risk", "Value at risk (" + level + ", 1 bar)", Unit.FRACTION, valueAtRisk),
                new Metric("conditional_value_at_risk", "Conditional VaR (" + level + ", 1 bar)", Unit.FRACTION,
                        conditionalValueAtRisk),
                new Metric("skew", "Skew", Unit.RATIO, skew),
                new Metric("excess_kurtosis", "Excess kurtosis", Unit.RATIO, excessKurtosis),
                new Metric("closed_trades", "Closed trades", Unit.COUNT, closedTrades),
                new Metric("win_rate", "Win rate", Unit.FRACTION, winRate),
                new Metric("profit_factor", "Profit factor", Unit.RATIO, profitFactor),
                new Metric("average_win", "Average win", Unit.MONEY, averageWin),
                new Metric("average_loss", "Average loss", Unit.MONEY, averageLoss),
                new Metric("expectancy", "Expectancy", Unit.MONEY, expectancy),
                new Metric("best_trade", "Best trade", Unit.MONEY, bestTrade),
                new Metric("worst_trade", "Worst trade", Unit.MONEY, worstTrade),
                new Metric("exposure", "Exposure time", Unit.FRACTION, exposure),
                new Metric("turnover", "Turnover", Unit.RATIO, turnover),
                new Metric("total_fees", "Total fees", Unit.MONEY, totalFees),
                new Metric("periods_per_year", "Periods per year", Unit.NUMBER, config.periodsPerYear()),
                new Metric("risk_free_rate_annual", "Risk-free rate (annual)", Unit.FRACTION, config.riskFreeRateAnnual()),
                new Metric("var_confidence", "VaR confidence", Unit.FRACTION, config.varConfidence()));
    }

    /**
     * A metric's value as {@link #format()} shows it: fractions as percent, money with two decimals and thousands
     * separators, ratios with three decimals, days with one, dates as {@code yyyy-MM-dd} (with the time of day when it
     * is not midnight UTC), an undefined value as {@code n/a} ({@code not recovered} for a time).
     */
    public static String formatValue(Unit unit, Object value) {
        if (value == null) {
            return unit == Unit.TIME ? "not recovered" : "n/a";
        }
        if (value instanceof Integer count) {
            return Integer.toString(count);
        }
        if (value instanceof Long nanos) {
            LocalDateTime time = LocalDateTime.ofInstant(toInstant(nanos), ZoneOffset.UTC);
            return time.toLocalTime().toNanoOfDay() == 0 ? DATE.format(time) : DATE_TIME.format(time);
        }
        double x = (Double) value;
        if (Double.isNaN(x)) {
            return "n/a";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        return switch (unit) {
            case MONEY -> String.format(Locale.ROOT, "%,.2f", x);
            case FRACTION -> String.format(Locale.ROOT, "%.2f%%", x * 100);
            case RATIO -> String.format(Locale.ROOT, "%.3f", x);
            case DAYS -> String.format(Locale.ROOT, "%.1f", x);
            default -> x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
        };
    }

    private static Instant toInstant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
    }
}
