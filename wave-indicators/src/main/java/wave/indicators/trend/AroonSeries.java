package wave.indicators.trend;

/**
 * The outputs of {@link Aroon#compute}, each as long as the input and NaN before the first
 * valid index {@code period}.
 *
 * @param up Aroon up in [0, 100]
 * @param down Aroon down in [0, 100]
 * @param oscillator Aroon up minus Aroon down, in [-100, 100]
 */
public record AroonSeries(double[] up, double[] down, double[] oscillator) {}
