package wave.research.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import wave.domain.money.FixedPoint;
import wave.research.metrics.PathDrawdown;
import wave.research.stats.SeededRandom;

class MonteCarloTest {
    private static final long TEN = FixedPoint.moneyOfUnits(10);
    private static final long ONE = FixedPoint.moneyOfUnits(1);

    @Test
    void reshufflingTradesKeepsTheFinalEquity() {
        long[] pnl = new long[40];
        long sum = 0;
        for (int i = 0; i < pnl.length; i++) {
            pnl[i] = FixedPoint.parseMoney((i % 3 == 0 ? "-" : "") + (137 + 29 * i) + ".123456789");
            sum += pnl[i];
        }
        long initial = FixedPoint.moneyOfUnits(100_000);
        double expected = FixedPoint.moneyToDouble(initial + sum);

        MonteCarloResult r = MonteCarlo.trades(Method.RESHUFFLE_TRADES, initial, pnl, 2000, 0.5, SeededRandom.of(3));

        assertThat(r.finalEquity()).isEqualTo(new Percentiles(expected, expected, expected, expected, expected));
        assertThat(expected).isEqualTo(FixedPoint.moneyToDouble(FixedPoint.parseMoney("108431.481481468")));
        assertThat(r.maxDrawdown().p5()).isLessThan(r.maxDrawdown().p95());
        assertThat(r.ruinProbability()).isZero();
        assertThat(r.steps()).isEqualTo(40);
    }

    /**
     * A fair coin-flip strategy: 50 trades winning 1 and 50 losing 1, from an equity of 10, ruined at a loss of 50%
     * (equity 5, five units down). Bootstrapping its trades bets a fair coin 100 times; the gambler's ruin over m = 100
     * bets against an unlimited opponent (reflection principle, Feller 1968, vol. I, III.7) is
     * {@code P(min S_j <= -k) = P(S_m <= -k) + P(S_m < -k)} with k = 5, which is 0.617299. The simulated share of
     * 20,000 paths is within four standard errors (about 0.014) of it.
     */
    @Test
    void ruinOfAFairCoinFlipStrategyMatchesTheGamblersRuinFormula() {
        long[] coin = coinFlipTrades(50);
        double formula = ruinWithin(100, 5);
        assertThat(formula).isCloseTo(0.617299, within(1e-6));

        MonteCarloResult r = MonteCarlo.trades(Method.BOOTSTRAP_TRADES, TEN, coin, 20_000, 0.5, SeededRandom.of(2026));

        assertThat(r.ruinProbability()).isCloseTo(formula, within(4 * r.ruinStandardError()));
        assertThat(r.ruinStandardError()).isCloseTo(0.0034, within(0.0002));
    }

    /**
     * Reshuffled, the same 100 coin flips are a random walk tied to end where it started (a bridge): it goes five
     * units down at some point with probability {@code C(100, 55) / C(100, 50)} = 0.609056 (reflection for bridges).
     */
    @Test
    void ruinOfAReshuffledCoinFlipStrategyMatchesTheBridgeFormula() {
        double formula = new BigDecimal(binomial(100, 55)).divide(new BigDecimal(binomial(100, 50)),
                MathContext.DECIMAL64).doubleValue();
        assertThat(formula).isCloseTo(0.609056, within(1e-6));

        MonteCarloResult r = MonteCarlo.trades(Method.RESHUFFLE_TRADES, TEN, coinFlipTrades(50), 20_000, 0.5,
                SeededRandom.of(2027));

        assertThat(r.ruinProbability()).isCloseTo(formula, within(4 * r.ruinStandardError()));
        assertThat(r.finalEquity().p5()).isEqualTo(10.0);
    }

    @Test
    void reshuffledTradeReturnsCompoundToTheSameFinalEquity() {
        double[] returns = {0.10, -0.05, 0.20, -0.30, 0.07, 0.02, -0.12};
        double expected = 1000;
        for (double r : returns) {
            expected *= 1 + r;
        }

        MonteCarloResult r = MonteCarlo.tradeReturns(Method.RESHUFFLE_TRADES, 1000, returns, 1000, 0.25, SeededRandom.of(8));

        assertThat(r.finalEquity().p5()).isCloseTo(expected, within(1e-9));
        assertThat(r.finalEquity().p95()).isCloseTo(expected, within(1e-9));
        // The 30% loss alone never ruins at 25% unless earlier losses or later ones join it: some paths do, not all.
        assertThat(r.ruinProbability()).isStrictlyBetween(0.0, 1.0);
        assertThat(r.maxDrawdown().p5()).isGreaterThanOrEqualTo(0.30 - 1e-12);
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        long[] coin = coinFlipTrades(20);
        MonteCarloResult first = MonteCarlo.trades(Method.BOOTSTRAP_TRADES, TEN, coin, 500, 0.3, SeededRandom.of(5));
        MonteCarloResult again = MonteCarlo.trades(Method.BOOTSTRAP_TRADES, TEN, coin, 500, 0.3, SeededRandom.of(5));
        MonteCarloResult other = MonteCarlo.trades(Method.BOOTSTRAP_TRADES, TEN, coin, 500, 0.3, SeededRandom.of(6));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void oneBlockAsLongAsTheReturnsReplaysTheRun() {
        double[] returns = {0.01, -0.02, 0.015, -0.03, 0.02, 0.01, -0.005, 0.03};
        double[] equity = new double[returns.length + 1];
        equity[0] = 1000;
        for (int i = 0; i < returns.length; i++) {
            equity[i + 1] = equity[i] * (1 + returns[i]);
        }
        PathDrawdown run = PathDrawdown.of(equity, equity.length);

        MonteCarloResult r = MonteCarlo.blockBootstrap(1000, returns, returns.length, 50, 0.2, SeededRandom.of(9));

        double last = equity[returns.length];
        assertThat(r.finalEquity()).isEqualTo(new Percentiles(last, last, last, last, last));
        assertThat(r.maxDrawdown().p50()).isEqualTo(run.maxDepth());
        assertThat(r.longestDrawdown().p95()).isEqualTo(run.longestSteps());
        assertThat(r.method()).isEqualTo(Method.BLOCK_BOOTSTRAP_RETURNS);
    }

    @Test
    void blocksKeepTheReturnsOfTheirPeriodsTogether() {
        // Returns alternate +10% and -10%; blocks of 2 starting anywhere hold one of each, so every path of an even
        // length ends at 1000 x (1.1 x 0.9)^4.
        double[] returns = {0.1, -0.1, 0.1, -0.1, 0.1, -0.1, 0.1, -0.1};

        MonteCarloResult r = MonteCarlo.blockBootstrap(1000, returns, 2, 200, 0.5, SeededRandom.of(4));

        assertThat(r.finalEquity().p5()).isCloseTo(1000 * Math.pow(0.99, 4), within(1e-9));
        assertThat(r.finalEquity().p95()).isCloseTo(1000 * Math.pow(0.99, 4), within(1e-9));
    }

    @Test
    void badSettingsAreRefusedWithTheirValues() {
        assertThatThrownBy(() -> MonteCarlo.trades(Method.RESHUFFLE_TRADES, TEN, new long[0], 10, 0.5, SeededRandom.of(1)))
                .hasMessage("a Monte Carlo of trades needs at least one closed trade, got none");
        assertThatThrownBy(() -> MonteCarlo.trades(Method.RESHUFFLE_TRADES, TEN, new long[] {ONE}, 10, 1.5, SeededRandom.of(1)))
                .hasMessage("ruin loss must be a fraction in (0, 1], got 1.5");
        assertThatThrownBy(() -> MonteCarlo.blockBootstrap(1000, new double[] {0.1, 0.2}, 3, 10, 0.5, SeededRandom.of(1)))
                .hasMessage("block length must be from 1 to the 2 returns, got 3");
    }

    @Test
    void defaultBlockLengthIsTheCubeRoot() {
        assertThat(MonteCarlo.defaultBlockLength(5036)).isEqualTo(17);
        assertThat(MonteCarlo.defaultBlockLength(1)).isEqualTo(1);
    }

    private static long[] coinFlipTrades(int wins) {
        long[] trades = new long[2 * wins];
        for (int i = 0; i < trades.length; i++) {
            trades[i] = i % 2 == 0 ? ONE : -ONE;
        }
        return trades;
    }

    /** P(S_m <= -k) + P(S_m < -k) for a fair simple random walk S of m steps, exactly from binomial counts. */
    private static double ruinWithin(int m, int k) {
        BigInteger atOrBelow = BigInteger.ZERO;
        BigInteger below = BigInteger.ZERO;
        for (int w = 0; w <= m; w++) {
            int s = 2 * w - m;
            if (s <= -k) {
                atOrBelow = atOrBelow.add(binomial(m, w));
            }
            if (s < -k) {
                below = below.add(binomial(m, w));
            }
        }
        return new BigDecimal(atOrBelow.add(below))
                .divide(new BigDecimal(BigInteger.TWO.pow(m)), MathContext.DECIMAL64).doubleValue();
    }

    private static BigInteger binomial(int n, int k) {
        BigInteger c = BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            c = c.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return c;
    }
}
