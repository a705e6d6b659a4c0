/**
 * Monte Carlo simulation of a run's results: the order of its trades reshuffled, its trades bootstrapped, its
 * per-period returns block-bootstrapped; percentiles of the final equity, the maximum and the longest drawdown, and the
 * probability of ruin. Seeded and reproducible: the same {@link java.util.random.RandomGenerator} state gives the same
 * result. Formulas in {@code docs/statistics.md}.
 */
package wave.research.montecarlo;
