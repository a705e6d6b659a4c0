/**
 * Moving averages (SMA, EMA, WMA, DEMA, TEMA, TRIMA, KAMA, T3, HMA, ALMA, VWMA) and {@link wave.indicators.average.MaType},
 * the choice of average that composite indicators (MACDEXT, Stochastic, APO/PPO) take as a parameter.
 */
package wave.indicators.average;
