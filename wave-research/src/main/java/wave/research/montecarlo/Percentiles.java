package wave.research.montecarlo;

import wave.research.metrics.PerformanceMetrics;

/**
 * Percentiles of a simulated quantity, with linear interpolation between order statistics (numpy's default), in the
 * quantity's unit.
 *
 * @param p5  5th percentile
 * @param p25 25th percentile
 * @param p50 median
 * @param p75 75th percentile
 * @param p95 95th percentile
 */
public record Percentiles(double p5, double p25, double p50, double p75, double p95) {

    /** The percentiles of the values (at least one; not changed). */
    public static Percentiles of(double[] values) {
        return new Percentiles(PerformanceMetrics.percentile(values, 0.05), PerformanceMetrics.percentile(values, 0.25),
                PerformanceMetrics.percentile(values, 0.50), PerformanceMetrics.percentile(values, 0.75),
                PerformanceMetrics.percentile(values, 0.95));
    }
}
