package wave.research.stats;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The deflated Sharpe ratio (Bailey and Lopez de Prado 2014, "The Deflated Sharpe Ratio: Correcting for Selection
 * Bias, Backtest Overfitting and Non-Normality", Journal of Portfolio Management 40(5)): the probability that the true
 * Sharpe ratio exceeds the best one expected from {@code trials} unskilled strategies, given the sample's length,
 * skewness and kurtosis.
 *
 * <p>Sharpe ratios here are per period, not annualised: an annual 2.5 on daily returns is {@code 2.5 / sqrt(250)}.
 *
 * @param sharpe            the observed Sharpe ratio per period, {@code mean / s}
 * @param expectedMaxSharpe {@code SR_0}, the expected largest Sharpe ratio per period of the trials under the null
 *                          hypothesis of no skill ({@link #expectedMaxSharpe})
 * @param probability       DSR: {@code PSR(SR_0)}, a probability in [0, 1]
 */
public record DeflatedSharpe(double sharpe, double expectedMaxSharpe, double probability) {
    /** The Euler-Mascheroni constant. */
    static final double EULER_GAMMA = 0.5772156649015329;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution();

    /**
     * The deflated Sharpe ratio of a sample described by its statistics.
     *
     * @param sharpe              observed Sharpe ratio per period
     * @param observations        T, the number of returns, at least 2
     * @param skewness            the returns' skewness {@code m3 / m2^1.5}
     * @param kurtosis            the returns' kurtosis {@code m4 / m2^2} (3 for a normal distribution, not excess)
     * @param trials              N, the number of independent trials (strategy configurations) tried, at least 1
     * @param trialSharpeVariance variance of the trials' Sharpe ratios per period, {@code >= 0} (ignored for one trial)
     */
    public static DeflatedSharpe of(double sharpe, int observations, double skewness, double kurtosis, int trials,
                                    double trialSharpeVariance) {
        double benchmark = expectedMaxSharpe(trials, trialSharpeVariance);
        return new DeflatedSharpe(sharpe, benchmark,
                probabilisticSharpe(sharpe, benchmark, observations, skewness, kurtosis));
    }

    /**
     * The deflated Sharpe ratio of a return series: Sharpe ratio {@code mean / s} (unbiased {@code s}), skewness and
     * kurtosis from the central moments {@code m_k = sum (r - mean)^k / T}, as {@code wave.research.metrics} computes
     * them.
     *
     * @param returns             per-period returns (fractions), at least 2, finite
     * @param trials              N, at least 1
     * @param trialSharpeVariance variance of the trials' Sharpe ratios per period, {@code >= 0}
     */
    public static DeflatedSharpe of(double[] returns, int trials, double trialSharpeVariance) {
        Samples.requireFinite("returns", returns, 2);
        SampleMoments moments = SampleMoments.of(returns);
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double r : returns) {
            double d = r - moments.mean();
            m2 += d * d;
            m3 += d * d * d;
            m4 += d * d * d * d;
        }
        int t = returns.length;
        m2 /= t;
        m3 /= t;
        m4 /= t;
        return of(moments.sharpePerPeriod(), t, m3 / Math.pow(m2, 1.5), m4 / (m2 * m2), trials, trialSharpeVariance);
    }

    /**
     * {@code SR_0 = sqrt(V) ((1 - gamma) Z^-1(1 - 1/N) + gamma Z^-1(1 - 1/(N e)))}, the expected maximum of N Sharpe
     * ratios with variance V whose true value is 0 ({@code gamma} the Euler-Mascheroni constant, {@code Z^-1} the
     * standard normal quantile); 0 for a single trial, where DSR is the probabilistic Sharpe ratio against 0.
     *
     * @param trials              N, at least 1
     * @param trialSharpeVariance V, per period squared, {@code >= 0}
     */
    public static double expectedMaxSharpe(int trials, double trialSharpeVariance) {
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be at least 1, got " + trials);
        }
        if (!(trialSharpeVariance >= 0) || Double.isInfinite(trialSharpeVariance)) {
            throw new IllegalArgumentException("trialSharpeVariance must be >= 0 and finite, got " + trialSharpeVariance);
        }
        if (trials == 1) {
            return 0;
        }
        return Math.sqrt(trialSharpeVariance)
                * ((1 - EULER_GAMMA) * STANDARD_NORMAL.inverseCumulativeProbability(1 - 1.0 / trials)
                + EULER_GAMMA * STANDARD_NORMAL.inverseCumulativeProbability(1 - 1 / (trials * Math.E)));
    }

    /**
     * The probabilistic Sharpe ratio (Bailey and Lopez de Prado 2012): the probability that the true Sharpe ratio
     * exceeds {@code benchmark}, {@code Z((SR - SR*) sqrt(T - 1) / sqrt(1 - g3 SR + (g4 - 1) / 4 SR^2))}.
     *
     * @param sharpe       observed Sharpe ratio per period
     * @param benchmark    SR*, per period
     * @param observations T, at least 2
     * @param skewness     g3
     * @param kurtosis     g4 (not excess)
     * @return a probability in [0, 1], NaN when an input is NaN
     */
    public static double probabilisticSharpe(double sharpe, double benchmark, int observations, double skewness,
                                             double kurtosis) {
        if (observations < 2) {
            throw new IllegalArgumentException("observations must be at least 2, got " + observations);
        }
        double spread = 1 - skewness * sharpe + (kurtosis - 1) / 4 * sharpe * sharpe;
        if (!(spread > 0)) {
            return Double.NaN;
        }
        return STANDARD_NORMAL.cumulativeProbability((sharpe - benchmark) * Math.sqrt(observations - 1.0) / Math.sqrt(spread));
    }
}
