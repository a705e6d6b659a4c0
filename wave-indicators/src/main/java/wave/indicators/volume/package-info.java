/**
 * Volume-based indicators: accumulation/distribution, Chaikin money flow and oscillator, OBV, session VWAP, volume
 * ratio and MFI.
 */
package wave.indicators.volume;
