package wave.indicators.trend;

/**
 * The outputs of {@link Ichimoku#compute}, each as long as the input, NaN before its own first
 * valid index (with the defaults 9, 26, 52, 26: 8, 25, 25, 51, 51 and 77).
 *
 * @param tenkan the conversion line
 * @param kijun the base line
 * @param leadingSpanA senkou span A computed at each bar, to be drawn {@code displacement} ahead
 * @param leadingSpanB senkou span B computed at each bar, to be drawn {@code displacement} ahead
 * @param spanA the cloud's span A at each bar: {@code leadingSpanA} of {@code displacement} bars ago
 * @param spanB the cloud's span B at each bar: {@code leadingSpanB} of {@code displacement} bars ago
 */
public record IchimokuSeries(double[] tenkan, double[] kijun, double[] leadingSpanA,
        double[] leadingSpanB, double[] spanA, double[] spanB) {}
