package wave.research.stats;

/**
 * The outcome of a test with one degrees-of-freedom parameter (t, chi-squared).
 *
 * @param statistic        the test statistic
 * @param degreesOfFreedom its degrees of freedom
 * @param pValue           probability of a statistic at least this extreme under the null hypothesis, in [0, 1]
 *                         (two-sided for t)
 */
public record TestResult(double statistic, double degreesOfFreedom, double pValue) {
}
