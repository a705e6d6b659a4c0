/**
 * Technical indicators, each in two forms that agree bit for bit: a streaming form
 * ({@link wave.indicators.BarIndicator}: O(1) per update, primitive state, no allocation
 * after construction) for the trading kernel, and a static {@code compute} over whole arrays
 * for research. The few whose definition has no running form (CCI, ALMA, the Hurst exponent)
 * say so and cost O(period) (Hurst O(period log period)) per update.
 *
 * <p>Every indicator reproduces TA-Lib's default conventions (unstable period 0, default
 * compatibility) and, by running TA-Lib's arithmetic in TA-Lib's order, its numbers: the tests
 * check both forms against TA-Lib's Java port on 20 years of daily data. Indicators TA-Lib
 * lacks (HMA, ALMA, SuperTrend, Ichimoku, ...) follow their published definitions and are
 * checked against hand-worked tables; {@code docs/indicators.md} lists every indicator with its
 * formula, warm-up and TA-Lib notes. Array forms return
 * an array as long as the input, holding {@link java.lang.Double#NaN} before the first valid
 * index; streaming forms report {@code NaN} until {@link wave.indicators.BarIndicator#isReady()}.
 *
 * <p>This package holds the contracts ({@link wave.indicators.BarIndicator}, {@link wave.indicators.ValueIndicator},
 * {@link wave.indicators.PriceField}), {@link wave.indicators.Crossover} and the {@link wave.indicators.Indicators}
 * factories; the indicators live in sub-packages by family ({@code average}, {@code momentum}, {@code trend},
 * {@code volatility}, {@code volume}, {@code statistics}), their shared building blocks in {@code window}, and the
 * catalogue by name in {@code registry}.
 *
 * <p>Inputs are not checked for {@code NaN}: as in TA-Lib, a {@code NaN} input poisons the
 * running sums of every indicator it reaches, so feed only validated bars.
 */
package wave.indicators;
