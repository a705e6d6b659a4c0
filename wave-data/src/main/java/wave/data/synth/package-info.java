/**
 * Deterministic synthetic markets: correlated GARCH(1,1) returns with jumps and switching regimes, turned into
 * coherent OHLCV bars on a price tick. Start with {@link wave.data.synth.SyntheticMarketConfig#defaults} and
 * call {@link wave.data.synth.SyntheticMarket#generate}.
 */
package wave.data.synth;
