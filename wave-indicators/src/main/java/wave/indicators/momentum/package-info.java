/**
 * Momentum oscillators: RSI and StochRSI, Stochastic (slow and fast), MACD and MACDEXT, APO and PPO, CCI, CMO,
 * momentum and rate of change, TRIX, the ultimate and awesome oscillators, Williams %R.
 */
package wave.indicators.momentum;
