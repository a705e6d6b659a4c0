/**
 * Statistics that tell a real edge from fitted noise: tests of the mean return and of the difference to a benchmark,
 * the information ratio, the F-test of variances, Ljung-Box and Durbin-Watson on returns, percentile bootstrap
 * intervals of the Sharpe ratio and the maximum drawdown, the deflated Sharpe ratio and the probability of backtest
 * overfitting by combinatorially symmetric cross-validation. Every formula and its reference is written down in
 * {@code docs/statistics.md}; the distributions are Hipparchus'.
 *
 * <p>Conventions as in {@code wave.research.metrics}: returns are simple per-period returns as fractions
 * ({@code 0.01} = 1%), drawdowns positive fractions, undefined values {@link Double#NaN}. Bad input (too short a
 * sample, arrays of different lengths) is an {@link IllegalArgumentException} naming the argument.
 */
package wave.research.stats;
