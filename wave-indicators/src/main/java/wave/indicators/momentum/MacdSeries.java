package wave.indicators.momentum;

/**
 * The three outputs of {@link Macd#compute}, each as long as the input and NaN before the first
 * valid index {@code slow + signal - 2}.
 *
 * @param macd the MACD line, fast EMA minus slow EMA
 * @param signal the EMA of the MACD line
 * @param histogram the MACD line minus the signal line
 */
public record MacdSeries(double[] macd, double[] signal, double[] histogram) {}
