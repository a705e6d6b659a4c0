package wave.app.stats;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wave.domain.money.FixedPoint;
import wave.domain.portfolio.ClosedTrade;
import wave.research.metrics.PerformanceMetrics;
import wave.research.montecarlo.Method;
import wave.research.montecarlo.MonteCarlo;
import wave.research.montecarlo.MonteCarloResult;
import wave.research.montecarlo.Percentiles;
import wave.research.stats.SeededRandom;

/**
 * The Monte Carlo sections of a run's statistics: its trades reshuffled and bootstrapped (when it closed any), as
 * profits added for a run of fixed size or as returns compounded for one sized by its equity; its returns
 * block-bootstrapped; each with the percentiles of final equity, maximum and longest drawdown and the
 * probability of ruin. Every method starts from its own generator seeded with the same seed.
 */
public final class RunMonteCarlo {
    private RunMonteCarlo() {
    }

    /**
     * Simulates the run.
     *
     * @param initialCashRaw the run's initial cash, raw fixed point money (where trade paths start)
     * @param trades         the run's closed trades
     * @param tsNanos        the time of each equity point, nanoseconds since the epoch (UTC)
     * @param equity         the run's equity at each step, positive, at least 3 points
     * @param settings       paths, seed, ruin threshold, block length, trade unit
     * @return sections {@code monte_carlo_trade_reshuffle}, {@code monte_carlo_trade_bootstrap} (with trades) and
     *         {@code monte_carlo_block_bootstrap}, each an ordered map of values
     */
    public static Map<String, Map<String, Object>> compute(long initialCashRaw, List<ClosedTrade> trades, long[] tsNanos,
                                                          double[] equity, MonteCarloSettings settings) {
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        if (!trades.isEmpty()) {
            for (Method method : List.of(Method.RESHUFFLE_TRADES, Method.BOOTSTRAP_TRADES)) {
                MonteCarloResult r = settings.tradeReturns()
                        ? MonteCarlo.tradeReturns(method, FixedPoint.moneyToDouble(initialCashRaw), tradeReturns(trades, tsNanos, equity),
                                settings.simulations(), settings.ruinLoss(), SeededRandom.of(settings.seed()))
                        : MonteCarlo.trades(method, initialCashRaw, netPnl(trades), settings.simulations(), settings.ruinLoss(),
                                SeededRandom.of(settings.seed()));
                Map<String, Object> values = values(r, settings);
                values.put("trade_unit", settings.tradeReturns() ? "return" : "pnl");
                sections.put(method == Method.RESHUFFLE_TRADES ? "monte_carlo_trade_reshuffle" : "monte_carlo_trade_bootstrap",
                        values);
            }
        }
        double[] returns = PerformanceMetrics.returns(equity);
        int block = Math.min(settings.blockLength() > 0 ? settings.blockLength() : MonteCarlo.defaultBlockLength(returns.length),
                returns.length);
        Map<String, Object> blocks = values(MonteCarlo.blockBootstrap(equity[0], returns, block, settings.simulations(),
                settings.ruinLoss(), SeededRandom.of(settings.seed())), settings);
        blocks.put("block_length", block);
        sections.put("monte_carlo_block_bootstrap", blocks);
        return sections;
    }

    private static long[] netPnl(List<ClosedTrade> trades) {
        long[] pnl = new long[trades.size()];
        for (int i = 0; i < pnl.length; i++) {
            pnl[i] = trades.get(i).netPnlRaw();
        }
        return pnl;
    }

    /**
     * Each trade's net profit over the equity at the last step before its entry (the equity it was sized from), or
     * over the first point's for a trade entered at the first step.
     */
    static double[] tradeReturns(List<ClosedTrade> trades, long[] tsNanos, double[] equity) {
        double[] returns = new double[trades.size()];
        for (int i = 0; i < returns.length; i++) {
            ClosedTrade t = trades.get(i);
            int at = Arrays.binarySearch(tsNanos, t.entryTsNanos());
            int before = at >= 0 ? at - 1 : -at - 2;
            returns[i] = t.netPnl() / equity[Math.max(0, before)];
        }
        return returns;
    }

    private static Map<String, Object> values(MonteCarloResult r, MonteCarloSettings settings) {
        Map<String, Object> map = RunStatistics.ordered("simulations", r.simulations(), "steps", r.steps(),
                "seed", settings.seed());
        put(map, "final_equity", r.finalEquity());
        put(map, "max_drawdown", r.maxDrawdown());
        put(map, "longest_drawdown", r.longestDrawdown());
        map.put("ruin_loss", r.ruinLoss());
        map.put("ruin_probability", r.ruinProbability());
        map.put("ruin_standard_error", r.ruinStandardError());
        return map;
    }

    private static void put(Map<String, Object> map, String name, Percentiles p) {
        map.put(name + "_p5", p.p5());
        map.put(name + "_p25", p.p25());
        map.put(name + "_p50", p.p50());
        map.put(name + "_p75", p.p75());
        map.put(name + "_p95", p.p95());
    }
}
