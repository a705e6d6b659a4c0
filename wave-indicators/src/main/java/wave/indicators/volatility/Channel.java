package wave.indicators.volatility;

/**
 * The three lines of a price channel ({@link Keltner#compute}, {@link Donchian#compute}), each as
 * long as the input and NaN before the first valid index.
 *
 * @param upper the upper line
 * @param middle the middle line
 * @param lower the lower line
 */
public record Channel(double[] upper, double[] middle, double[] lower) {}
