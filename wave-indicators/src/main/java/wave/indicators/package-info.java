/**
 * Technical indicators, each in two forms that agree bit for bit: a streaming form
 * ({@link wave.indicators.BarIndicator}: O(1) per update, primitive state, no allocation
 * after construction) for the trading kernel, and a static {@code compute} over whole arrays
 * for research.
 *
 * <p>Every indicator reproduces TA-Lib's default conventions (unstable period 0, default
 * compatibility) and, by running TA-Lib's arithmetic in TA-Lib's order, its numbers: the tests
 * check both forms against TA-Lib's Java port on 20 years of daily data. Array forms return
 * an array as long as the input, holding {@link java.lang.Double#NaN} before the first valid
 * index; streaming forms report {@code NaN} until {@link wave.indicators.BarIndicator#isReady()}.
 *
 * <p>Inputs are not checked for {@code NaN}: as in TA-Lib, a {@code NaN} input poisons the
 * running sums of every indicator it reaches, so feed only validated bars.
 */
package wave.indicators;
