/**
 * Rolling statistics of one series or two: beta, correlation, the Hurst exponent, z-score and linear regression
 * (slope, intercept, angle, forecast).
 */
package wave.indicators.statistics;
