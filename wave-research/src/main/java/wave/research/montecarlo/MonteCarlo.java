package wave.research.montecarlo;

import java.util.random.RandomGenerator;
import wave.domain.money.FixedPoint;
import wave.research.metrics.PathDrawdown;

/**
 * Monte Carlo simulation of a run's equity from its trades or from its returns.
 *
 * <p>A trade path starts at the initial equity and adds one closed trade's net profit per step (the equity of closed
 * trades, as if they had followed one another; sums exact in fixed point, so reshuffled paths end at exactly the run's
 * final closed-trade equity), or compounds one trade's return per step. A returns path compounds the initial equity by one return per step. Each path's
 * deepest and longest drawdown are measured as {@link PathDrawdown} does, and a path is ruined when its equity reaches
 * {@code initial * (1 - ruinLoss)} or less at any step.
 *
 * <p>Draws: reshuffling is a Fisher-Yates shuffle ({@code rng.nextInt(i + 1)} for {@code i = m - 1 .. 1}); the trade
 * bootstrap draws {@code rng.nextInt(m)} m times; the block bootstrap draws block starts {@code rng.nextInt(n - L + 1)}
 * until n returns are filled (the last block cut short). Paths follow one another, so one seeded generator gives one
 * result.
 */
public final class MonteCarlo {
    private MonteCarlo() {
    }

    /**
     * Simulates paths of the run's closed trades' net profits, reshuffled or bootstrapped: the path adds one trade's
     * profit per step. Suits strategies that trade a fixed size; sums are exact in fixed point.
     *
     * @param method           {@link Method#RESHUFFLE_TRADES} or {@link Method#BOOTSTRAP_TRADES}
     * @param initialEquityRaw the equity before the first trade, raw fixed point money, positive
     * @param netPnlRaw        each closed trade's net profit, raw fixed point money; at least one trade
     * @param simulations      number of paths, at least 1
     * @param ruinLoss         loss threshold as a fraction of the initial equity, in (0, 1]
     * @param rng              the generator (e.g. {@code SeededRandom.of(seed)})
     */
    public static MonteCarloResult trades(Method method, long initialEquityRaw, long[] netPnlRaw, int simulations,
                                          double ruinLoss, RandomGenerator rng) {
        if (initialEquityRaw <= 0) {
            throw new IllegalArgumentException("initial equity must be positive, got " + FixedPoint.formatMoney(initialEquityRaw));
        }
        int m = checkTrades(method, netPnlRaw == null ? 0 : netPnlRaw.length, simulations, ruinLoss);
        int[] order = identity(m);
        double[] equity = new double[m + 1];
        Paths paths = new Paths(simulations, FixedPoint.moneyToDouble(initialEquityRaw), ruinLoss);
        for (int s = 0; s < simulations; s++) {
            draw(method, order, rng);
            long running = initialEquityRaw;
            equity[0] = FixedPoint.moneyToDouble(running);
            for (int i = 0; i < m; i++) {
                running = Math.addExact(running, netPnlRaw[order[i]]);
                equity[i + 1] = FixedPoint.moneyToDouble(running);
            }
            paths.add(equity);
        }
        return paths.result(method, m);
    }

    /**
     * Simulates paths of the run's closed trades' returns (each trade's net profit over the equity when it was
     * entered), reshuffled or bootstrapped: the path compounds one trade's return per step. Suits strategies that size
     * by their equity (all-in, percent), whose profits grow with the account; the draws are those of
     * {@link #trades}.
     *
     * @param method        {@link Method#RESHUFFLE_TRADES} or {@link Method#BOOTSTRAP_TRADES}
     * @param initialEquity the equity before the first trade, in the account currency, positive
     * @param tradeReturns  each closed trade's return, a fraction above -1; at least one trade
     * @param simulations   number of paths, at least 1
     * @param ruinLoss      loss threshold as a fraction of the initial equity, in (0, 1]
     * @param rng           the generator
     */
    public static MonteCarloResult tradeReturns(Method method, double initialEquity, double[] tradeReturns, int simulations,
                                                double ruinLoss, RandomGenerator rng) {
        if (!(initialEquity > 0) || Double.isInfinite(initialEquity)) {
            throw new IllegalArgumentException("initial equity must be positive and finite, got " + initialEquity);
        }
        int m = checkTrades(method, tradeReturns == null ? 0 : tradeReturns.length, simulations, ruinLoss);
        int[] order = identity(m);
        double[] equity = new double[m + 1];
        Paths paths = new Paths(simulations, initialEquity, ruinLoss);
        for (int s = 0; s < simulations; s++) {
            draw(method, order, rng);
            equity[0] = initialEquity;
            for (int i = 0; i < m; i++) {
                equity[i + 1] = equity[i] * (1 + tradeReturns[order[i]]);
            }
            paths.add(equity);
        }
        return paths.result(method, m);
    }

    /**
     * Simulates paths of the run's per-period returns by the moving block bootstrap (Kunsch 1989).
     *
     * @param initialEquity the equity before the first return, in the account currency, positive
     * @param returns       per-period simple returns (fractions, above -1), at least 2, finite
     * @param blockLength   L, periods per block, from 1 to the number of returns
     * @param simulations   number of paths, at least 1
     * @param ruinLoss      loss threshold as a fraction of the initial equity, in (0, 1]
     * @param rng           the generator
     */
    public static MonteCarloResult blockBootstrap(double initialEquity, double[] returns, int blockLength, int simulations,
                                                  double ruinLoss, RandomGenerator rng) {
        if (!(initialEquity > 0) || Double.isInfinite(initialEquity)) {
            throw new IllegalArgumentException("initial equity must be positive and finite, got " + initialEquity);
        }
        if (returns == null || returns.length < 2) {
            throw new IllegalArgumentException("a block bootstrap needs at least 2 returns, got "
                    + (returns == null ? 0 : returns.length));
        }
        int n = returns.length;
        if (blockLength < 1 || blockLength > n) {
            throw new IllegalArgumentException("block length must be from 1 to the " + n + " returns, got " + blockLength);
        }
        checkCommon(simulations, ruinLoss);
        double[] equity = new double[n + 1];
        Paths paths = new Paths(simulations, initialEquity, ruinLoss);
        for (int s = 0; s < simulations; s++) {
            equity[0] = initialEquity;
            int filled = 0;
            while (filled < n) {
                int start = rng.nextInt(n - blockLength + 1);
                for (int k = 0; k < blockLength && filled < n; k++, filled++) {
                    equity[filled + 1] = equity[filled] * (1 + returns[start + k]);
                }
            }
            paths.add(equity);
        }
        return paths.result(Method.BLOCK_BOOTSTRAP_RETURNS, n);
    }

    /** A block length for n returns when none is given: {@code round(n^(1/3))}, at least 1 (Hall, Horowitz and Jing 1995). */
    public static int defaultBlockLength(int returns) {
        return Math.max(1, (int) Math.round(Math.cbrt(returns)));
    }

    private static int checkTrades(Method method, int trades, int simulations, double ruinLoss) {
        if (method == Method.BLOCK_BOOTSTRAP_RETURNS) {
            throw new IllegalArgumentException("trades are reshuffled or bootstrapped; use blockBootstrap for returns");
        }
        if (trades == 0) {
            throw new IllegalArgumentException("a Monte Carlo of trades needs at least one closed trade, got none");
        }
        checkCommon(simulations, ruinLoss);
        return trades;
    }

    private static int[] identity(int m) {
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        return order;
    }

    /** The next path's trade order: the previous order shuffled again (Fisher-Yates), or m indices drawn with replacement. */
    private static void draw(Method method, int[] order, RandomGenerator rng) {
        int m = order.length;
        if (method == Method.RESHUFFLE_TRADES) {
            for (int i = m - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
        } else {
            for (int i = 0; i < m; i++) {
                order[i] = rng.nextInt(m);
            }
        }
    }

    private static void checkCommon(int simulations, double ruinLoss) {
        if (simulations < 1) {
            throw new IllegalArgumentException("simulations must be at least 1, got " + simulations);
        }
        if (!(ruinLoss > 0 && ruinLoss <= 1)) {
            throw new IllegalArgumentException("ruin loss must be a fraction in (0, 1], got " + ruinLoss);
        }
    }

    /** Collects each path's final equity, drawdowns and ruin. */
    private static final class Paths {
        private final double[] finals;
        private final double[] depths;
        private final double[] longest;
        private final double ruinLevel;
        private final double ruinLoss;
        private int count;
        private int ruined;

        Paths(int simulations, double initialEquity, double ruinLoss) {
            finals = new double[simulations];
            depths = new double[simulations];
            longest = new double[simulations];
            this.ruinLevel = initialEquity * (1 - ruinLoss);
            this.ruinLoss = ruinLoss;
        }

        void add(double[] equity) {
            PathDrawdown drawdown = PathDrawdown.of(equity, equity.length);
            finals[count] = equity[equity.length - 1];
            depths[count] = drawdown.maxDepth();
            longest[count] = drawdown.longestSteps();
            for (double e : equity) {
                if (e <= ruinLevel) {
                    ruined++;
                    break;
                }
            }
            count++;
        }

        MonteCarloResult result(Method method, int steps) {
            return new MonteCarloResult(method, count, steps, Percentiles.of(finals), Percentiles.of(depths),
                    Percentiles.of(longest), ruinLoss, (double) ruined / count);
        }
    }
}
