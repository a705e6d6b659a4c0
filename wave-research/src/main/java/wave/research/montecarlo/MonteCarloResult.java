package wave.research.montecarlo;

/**
 * What a Monte Carlo simulation found over its paths.
 *
 * @param method          how the paths were made
 * @param simulations     number of paths
 * @param steps           steps of each path: trades, or periods of returns
 * @param finalEquity     percentiles of the equity at the end of each path, in the account currency
 * @param maxDrawdown     percentiles of each path's deepest drawdown, a positive fraction
 * @param longestDrawdown percentiles of each path's longest drawdown, in steps (trades or periods)
 * @param ruinLoss        the loss threshold, a fraction of the initial equity in (0, 1]: a path is ruined when its equity
 *                        falls to {@code initial * (1 - ruinLoss)} or below at any step
 * @param ruinProbability share of ruined paths, in [0, 1]
 */
public record MonteCarloResult(Method method, int simulations, int steps, Percentiles finalEquity, Percentiles maxDrawdown,
                               Percentiles longestDrawdown, double ruinLoss, double ruinProbability) {

    /** The ruin probability's sampling standard error, {@code sqrt(p (1 - p) / simulations)}. */
    public double ruinStandardError() {
        return Math.sqrt(ruinProbability * (1 - ruinProbability) / simulations);
    }
}
