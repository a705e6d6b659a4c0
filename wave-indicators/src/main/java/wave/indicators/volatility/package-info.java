/**
 * Range and volatility: true range, ATR and NATR, Bollinger, Keltner and Donchian channels, standard deviation and
 * variance, and historical volatility estimators (close-to-close, Parkinson, Garman-Klass), annualised where noted.
 */
package wave.indicators.volatility;
