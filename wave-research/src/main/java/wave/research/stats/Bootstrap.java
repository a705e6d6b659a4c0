package wave.research.stats;

import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import wave.research.metrics.PathDrawdown;
import wave.research.metrics.PerformanceMetrics;

/**
 * Percentile bootstrap confidence intervals (Efron and Tibshirani 1993, ch. 13) of statistics of a return series.
 *
 * <p>Each resample draws {@code n} returns with replacement: {@code n} calls of {@code rng.nextInt(n)}, resample after
 * resample, so the same generator state gives the same interval. The interval's ends are the percentiles of the
 * resampled statistics with linear interpolation ({@link PerformanceMetrics#percentile}). Resampling single returns
 * treats them as independent: serial correlation (see {@link SerialCorrelation}) narrows the interval falsely.
 */
public final class Bootstrap {
    private Bootstrap() {
    }

    /**
     * Interval of the annualised Sharpe ratio {@code mean / s * sqrt(P)} (no risk-free rate).
     *
     * @param returns        per-period returns (fractions), at least 2, finite
     * @param periodsPerYear P, periods a year
     * @param resamples      number of resamples, at least 1
     * @param confidence     coverage in (0, 1)
     * @param rng            the generator (e.g. {@link SeededRandom#of})
     */
    public static BootstrapInterval sharpe(double[] returns, double periodsPerYear, int resamples, double confidence,
                                           RandomGenerator rng) {
        double annualiser = Math.sqrt(periodsPerYear);
        return interval(returns, r -> SampleMoments.of(r).sharpePerPeriod() * annualiser, resamples, confidence, rng);
    }

    /**
     * Interval of the maximum drawdown (a positive fraction) of the equity path {@code 1, (1 + r_1), (1 + r_1)(1 + r_2),
     * ...} compounded from the returns in their resampled order.
     *
     * @param returns    per-period returns (fractions, above -1), at least 2, finite
     * @param resamples  number of resamples, at least 1
     * @param confidence coverage in (0, 1)
     * @param rng        the generator
     */
    public static BootstrapInterval maxDrawdown(double[] returns, int resamples, double confidence, RandomGenerator rng) {
        double[] equity = new double[returns.length + 1];
        return interval(returns, r -> {
            equity[0] = 1;
            for (int i = 0; i < r.length; i++) {
                equity[i + 1] = equity[i] * (1 + r[i]);
            }
            return PathDrawdown.of(equity, equity.length).maxDepth();
        }, resamples, confidence, rng);
    }

    /**
     * Percentile interval of any statistic of the returns.
     *
     * @param returns    the sample, at least 2 values, finite
     * @param statistic  computes the statistic of a sample; it receives one reused array and must not keep it
     * @param resamples  number of resamples, at least 1
     * @param confidence coverage in (0, 1)
     * @param rng        the generator
     */
    public static BootstrapInterval interval(double[] returns, ToDoubleFunction<double[]> statistic, int resamples,
                                             double confidence, RandomGenerator rng) {
        Samples.requireFinite("returns", returns, 2);
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be at least 1, got " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        int n = returns.length;
        double estimate = statistic.applyAsDouble(returns.clone());
        double[] sample = new double[n];
        double[] statistics = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) {
                sample[i] = returns[rng.nextInt(n)];
            }
            statistics[b] = statistic.applyAsDouble(sample);
        }
        double alpha = (1 - confidence) / 2;
        return new BootstrapInterval(estimate, PerformanceMetrics.percentile(statistics, alpha),
                PerformanceMetrics.percentile(statistics, 1 - alpha), confidence, resamples);
    }
}
