package wave.research.stats;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * The probability of backtest overfitting (PBO) by combinatorially symmetric cross-validation, CSCV (Bailey, Borwein,
 * Lopez de Prado and Zhu 2017, "The Probability of Backtest Overfitting", Journal of Computational Finance 20(4)).
 *
 * <p>The T periods are cut into S contiguous blocks of equal size (block s holds periods {@code [s T / S, (s + 1) T / S)},
 * integer division). Each of the {@code C(S, S/2)} ways to choose S/2 blocks as the in-sample set (the other half out
 * of sample) picks the strategy with the best in-sample score and finds its out-of-sample rank
 * {@code rank = 1 + (strategies with a strictly lower out-of-sample score)}, so 1 is the worst of the N strategies and
 * ties count against it; its relative rank {@code w = rank / (N + 1)} gives the logit {@code lambda = ln(w / (1 - w))}.
 * PBO is the share of combinations with {@code lambda <= 0}: the in-sample best was at or below the out-of-sample
 * median. The in-sample best is the first strategy in the given order among equal scores.
 *
 * @param probability  PBO, a fraction in [0, 1]
 * @param logits       lambda of each combination, in the lexicographic order of the in-sample block sets
 * @param combinations {@code C(S, S/2)}
 */
public record OverfittingProbability(double probability, double[] logits, int combinations) {

    /** Copies the logits. */
    public OverfittingProbability {
        logits = logits.clone();
    }

    /** The logits, a copy. */
    @Override
    public double[] logits() {
        return logits.clone();
    }

    /** Equal when the probability, the combinations and every logit are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof OverfittingProbability other && Double.compare(probability, other.probability) == 0
                && combinations == other.combinations && Arrays.equals(logits, other.logits);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Double.hashCode(probability) + combinations) + Arrays.hashCode(logits);
    }

    @Override
    public String toString() {
        return "OverfittingProbability[probability=" + probability + ", combinations=" + combinations + ", logits="
                + Arrays.toString(logits) + "]";
    }

    /**
     * CSCV with the Sharpe ratio per period ({@code mean / s}) as the score, as in the paper.
     *
     * @param returns per-period returns of each strategy, {@code returns[strategy][period]}
     * @param splits  S, even, at least 2
     */
    public static OverfittingProbability of(double[][] returns, int splits) {
        return of(returns, splits, r -> SampleMoments.of(r).sharpePerPeriod());
    }

    /**
     * CSCV with any score (higher is better).
     *
     * @param returns per-period returns of each strategy, {@code returns[strategy][period]}: at least 2 strategies,
     *                all of one length T, at least S periods (2 S for the Sharpe ratio), finite
     * @param splits  S, even, at least 2, at most 30 (more makes too many combinations)
     * @param score   the score of one strategy's returns over a set of blocks, concatenated in time order
     */
    public static OverfittingProbability of(double[][] returns, int splits, ToDoubleFunction<double[]> score) {
        if (splits < 2 || splits % 2 != 0 || splits > 30) {
            throw new IllegalArgumentException("splits must be even, from 2 to 30, got " + splits);
        }
        if (returns == null || returns.length < 2) {
            throw new IllegalArgumentException("at least 2 strategies are needed, got " + (returns == null ? 0 : returns.length));
        }
        int periods = returns[0].length;
        for (int s = 0; s < returns.length; s++) {
            Samples.requireFinite("returns[" + s + "]", returns[s], splits);
            Samples.requireSameLength("returns[0]", returns[0], "returns[" + s + "]", returns[s]);
        }
        int strategies = returns.length;
        int half = splits / 2;
        int[] chosen = new int[half];
        for (int i = 0; i < half; i++) {
            chosen[i] = i;
        }
        double[] logits = new double[binomial(splits, half)];
        int overfit = 0;
        int combination = 0;
        double[] inScores = new double[strategies];
        double[] outScores = new double[strategies];
        do {
            boolean[] inSample = new boolean[splits];
            for (int block : chosen) {
                inSample[block] = true;
            }
            for (int s = 0; s < strategies; s++) {
                inScores[s] = score.applyAsDouble(blocks(returns[s], periods, splits, inSample, true));
                outScores[s] = score.applyAsDouble(blocks(returns[s], periods, splits, inSample, false));
            }
            int best = 0;
            for (int s = 1; s < strategies; s++) {
                if (inScores[s] > inScores[best]) {
                    best = s;
                }
            }
            int rank = 1;
            for (int s = 0; s < strategies; s++) {
                if (outScores[s] < outScores[best]) {
                    rank++;
                }
            }
            double w = (double) rank / (strategies + 1);
            double logit = Math.log(w / (1 - w));
            logits[combination++] = logit;
            if (logit <= 0) {
                overfit++;
            }
        } while (nextCombination(chosen, splits));
        return new OverfittingProbability((double) overfit / logits.length, logits, logits.length);
    }

    /** The strategy's returns in the blocks marked {@code wanted} in {@code inSample}, in time order. */
    private static double[] blocks(double[] series, int periods, int splits, boolean[] inSample, boolean wanted) {
        double[] out = new double[periods];
        int length = 0;
        for (int b = 0; b < splits; b++) {
            if (inSample[b] == wanted) {
                int from = (int) ((long) b * periods / splits);
                int to = (int) ((long) (b + 1) * periods / splits);
                System.arraycopy(series, from, out, length, to - from);
                length += to - from;
            }
        }
        return Arrays.copyOf(out, length);
    }

    /** Advances {@code chosen} (increasing indices below {@code n}) to the next combination; false after the last. */
    private static boolean nextCombination(int[] chosen, int n) {
        int k = chosen.length;
        int i = k - 1;
        while (i >= 0 && chosen[i] == n - k + i) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        chosen[i]++;
        for (int j = i + 1; j < k; j++) {
            chosen[j] = chosen[j - 1] + 1;
        }
        return true;
    }

    private static int binomial(int n, int k) {
        long c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return (int) c;
    }
}
