package wave.indicators.volatility;

/**
 * The three outputs of {@link BollingerBands#compute}, each as long as the input and NaN before
 * the first valid index {@code period - 1}.
 *
 * @param upper the middle band plus {@code k} standard deviations
 * @param middle the simple moving average
 * @param lower the middle band minus {@code k} standard deviations
 */
public record Bands(double[] upper, double[] middle, double[] lower) {}
