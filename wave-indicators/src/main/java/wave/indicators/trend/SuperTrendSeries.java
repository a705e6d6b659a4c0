package wave.indicators.trend;

/**
 * The outputs of {@link SuperTrend#compute}, each as long as the input and NaN before the first
 * valid index {@code period}.
 *
 * @param value the SuperTrend line: the lower band in an uptrend, the upper band in a downtrend
 * @param direction {@code +1} in an uptrend, {@code -1} in a downtrend
 */
public record SuperTrendSeries(double[] value, double[] direction) {}
