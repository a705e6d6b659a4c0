package wave.indicators.trend;

/**
 * The outputs of {@link Dmi#compute}, each as long as the input and NaN before the first valid
 * index {@code period}.
 *
 * @param plusDi +DI in percent
 * @param minusDi -DI in percent
 */
public record DirectionalSeries(double[] plusDi, double[] minusDi) {}
