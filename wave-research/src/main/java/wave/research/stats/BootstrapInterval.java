package wave.research.stats;

/**
 * A percentile bootstrap confidence interval.
 *
 * @param estimate   the statistic on the original sample
 * @param lower      the {@code (1 - confidence) / 2} percentile of the resampled statistics
 * @param upper      the {@code (1 + confidence) / 2} percentile of the resampled statistics
 * @param confidence the interval's coverage, a fraction in (0, 1), e.g. 0.95
 * @param resamples  number of resamples drawn
 */
public record BootstrapInterval(double estimate, double lower, double upper, double confidence, int resamples) {
}
