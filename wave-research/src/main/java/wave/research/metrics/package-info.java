/**
 * Performance metrics of an equity curve and its closed trades: returns, risk, drawdown, tail and trade
 * statistics. Entry point: {@link wave.research.metrics.PerformanceMetrics#compute}. Every formula is written
 * down in {@code docs/metrics.md} and on the accessors of {@link wave.research.metrics.PerformanceReport}.
 *
 * <p>Conventions: fractions, not percent ({@code 0.05} means 5%); money in the account currency of the equity
 * curve; timestamps in nanoseconds since the epoch (UTC); losses (drawdown, VaR, CVaR) are reported as
 * positive numbers. A statistic that is undefined for the input is {@link Double#NaN}, never an exception.
 */
package wave.research.metrics;
