package wave.research.stats;

/**
 * The outcome of an F-test of two variances.
 *
 * @param f                  ratio of the first sample's variance to the second's
 * @param dfNumerator        first sample's size minus one
 * @param dfDenominator      second sample's size minus one
 * @param pValue             two-sided: {@code 2 min(F_cdf(f), 1 - F_cdf(f))}, in [0, 1]
 */
public record FTestResult(double f, double dfNumerator, double dfDenominator, double pValue) {
}
