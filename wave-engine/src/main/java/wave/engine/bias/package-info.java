/**
 * Bias checks: {@link wave.engine.bias.LookaheadAnalysis} (does a backtest decide differently when the future is cut
 * off?) and {@link wave.engine.bias.RecursiveAnalysis} (do indicator values depend on how much history was loaded?).
 */
package wave.engine.bias;
