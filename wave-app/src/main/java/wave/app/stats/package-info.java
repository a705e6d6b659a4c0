/**
 * The statistics of a run ({@code wave stats}, {@code statistics.json}): the tests, intervals and Monte Carlo
 * percentiles of {@code wave.research.stats} and {@code wave.research.montecarlo} computed from a run's equity curve,
 * trades and buy-and-hold benchmark, as ordered sections for text and JSON. Formulas in {@code docs/statistics.md}.
 */
package wave.app.stats;
