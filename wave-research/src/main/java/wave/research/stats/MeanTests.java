package wave.research.stats;

import org.hipparchus.distribution.continuous.TDistribution;

/**
 * Student's t-tests of a mean return, and the information ratio. Formulas and references in
 * {@code docs/statistics.md}.
 */
public final class MeanTests {
    private MeanTests() {
    }

    /**
     * One-sample t-test of the hypothesis that the true mean return is 0: {@code t = mean / (s / sqrt(n))} with
     * {@code n - 1} degrees of freedom, two-sided p-value (as {@code scipy.stats.ttest_1samp}).
     *
     * @param returns per-period returns (fractions), at least 2, finite
     */
    public static TestResult meanReturn(double[] returns) {
        Samples.requireFinite("returns", returns, 2);
        return tTest(SampleMoments.of(returns));
    }

    /**
     * Paired t-test of the hypothesis that the strategy's mean return equals the benchmark's: the one-sample test of
     * the differences {@code d_i = r_i - b_i} (as {@code scipy.stats.ttest_rel}).
     *
     * @param returns   the strategy's per-period returns (fractions), at least 2, finite
     * @param benchmark the benchmark's returns over the same periods, same length
     */
    public static TestResult differenceToBenchmark(double[] returns, double[] benchmark) {
        return tTest(SampleMoments.of(activeReturns(returns, benchmark)));
    }

    /**
     * Information ratio: the mean active return over its standard deviation, annualised,
     * {@code IR = mean(d) / s(d) * sqrt(P)} with {@code d_i = r_i - b_i}; NaN when the active return never varies.
     *
     * @param returns        the strategy's per-period returns (fractions), at least 2, finite
     * @param benchmark      the benchmark's returns over the same periods, same length
     * @param periodsPerYear periods a year used to annualise (252 for daily returns)
     */
    public static double informationRatio(double[] returns, double[] benchmark, double periodsPerYear) {
        return SampleMoments.of(activeReturns(returns, benchmark)).sharpePerPeriod() * Math.sqrt(periodsPerYear);
    }

    private static double[] activeReturns(double[] returns, double[] benchmark) {
        Samples.requireFinite("returns", returns, 2);
        Samples.requireFinite("benchmark", benchmark, 2);
        Samples.requireSameLength("returns", returns, "benchmark", benchmark);
        return Samples.differences(returns, benchmark);
    }

    private static TestResult tTest(SampleMoments m) {
        double df = m.count() - 1;
        double t = m.tStatistic();
        if (Double.isNaN(t)) {
            return new TestResult(Double.NaN, df, Double.NaN);
        }
        // 2 F(-|t|) rather than 2 (1 - F(|t|)): keeps small p-values accurate.
        double p = 2 * new TDistribution(df).cumulativeProbability(-Math.abs(t));
        return new TestResult(t, df, Math.min(1, p));
    }
}
