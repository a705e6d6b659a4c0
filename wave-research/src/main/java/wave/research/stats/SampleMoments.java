package wave.research.stats;

/**
 * Mean and unbiased variance of a sample, in two passes.
 *
 * @param count    number of values
 * @param mean     {@code sum x_i / n}, in the unit of the values
 * @param variance {@code sum (x_i - mean)^2 / (n - 1)}, in the unit squared; NaN for fewer than 2 values
 */
public record SampleMoments(int count, double mean, double variance) {

    /** The moments of {@code values[0..length)}. */
    public static SampleMoments of(double[] values, int length) {
        double sum = 0;
        for (int i = 0; i < length; i++) {
            sum += values[i];
        }
        double mean = sum / length;
        double squares = 0;
        for (int i = 0; i < length; i++) {
            double d = values[i] - mean;
            squares += d * d;
        }
        return new SampleMoments(length, mean, length > 1 ? squares / (length - 1) : Double.NaN);
    }

    /** The moments of all the values. */
    public static SampleMoments of(double[] values) {
        return of(values, values.length);
    }

    /** {@code sqrt(variance)}, in the unit of the values. */
    public double standardDeviation() {
        return Math.sqrt(variance);
    }

    /** {@code mean / sqrt(variance / n)}: the t statistic of the hypothesis that the true mean is 0. */
    public double tStatistic() {
        return mean / Math.sqrt(variance / count);
    }

    /** {@code mean / standardDeviation}: the Sharpe ratio per period (no risk-free rate), NaN when the values are all equal. */
    public double sharpePerPeriod() {
        double sd = standardDeviation();
        return sd > 0 ? mean / sd : Double.NaN;
    }
}
