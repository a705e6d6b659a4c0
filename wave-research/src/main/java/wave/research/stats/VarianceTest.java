package wave.research.stats;

import org.hipparchus.distribution.continuous.FDistribution;

/** The F-test of equal variances of two independent, normally distributed samples. */
public final class VarianceTest {
    private VarianceTest() {
    }

    /**
     * {@code F = s_a^2 / s_b^2} with {@code (n_a - 1, n_b - 1)} degrees of freedom; the p-value is two-sided,
     * {@code 2 min(F_cdf(F), 1 - F_cdf(F))}. NaN statistics when the second sample never varies.
     *
     * @param a first sample (e.g. the strategy's returns), at least 2 values, finite
     * @param b second sample (e.g. the benchmark's, or another period's), at least 2 values, finite
     */
    public static FTestResult f(double[] a, double[] b) {
        Samples.requireFinite("a", a, 2);
        Samples.requireFinite("b", b, 2);
        double dfA = a.length - 1;
        double dfB = b.length - 1;
        double f = SampleMoments.of(a).variance() / SampleMoments.of(b).variance();
        if (!Double.isFinite(f)) {
            return new FTestResult(Double.NaN, dfA, dfB, Double.NaN);
        }
        double cdf = new FDistribution(dfA, dfB).cumulativeProbability(f);
        return new FTestResult(f, dfA, dfB, Math.min(1, 2 * Math.min(cdf, 1 - cdf)));
    }
}
