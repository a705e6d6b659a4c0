package wave.indicators.momentum;

/**
 * The two outputs of {@link Stochastic#compute}, {@link StochasticFast#compute} and
 * {@link StochRsi#compute}, each as long as the input and NaN before the first valid index,
 * which both lines share (as in TA-Lib).
 *
 * @param k the %K line, in [0, 100]
 * @param d the %D line, the SMA of %K, in [0, 100]
 */
public record StochasticSeries(double[] k, double[] d) {}
