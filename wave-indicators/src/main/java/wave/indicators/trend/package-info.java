/**
 * Trend direction and strength: the directional movement family (+DI/-DI, DX, ADX, ADXR), Aroon, parabolic SAR,
 * SuperTrend and Ichimoku.
 */
package wave.indicators.trend;
