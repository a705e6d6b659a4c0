package wave.indicators;

import wave.indicators.average.Alma;
import wave.indicators.average.Dema;
import wave.indicators.average.Ema;
import wave.indicators.average.Hma;
import wave.indicators.average.Kama;
import wave.indicators.average.MaType;
import wave.indicators.average.Sma;
import wave.indicators.average.T3;
import wave.indicators.average.Tema;
import wave.indicators.average.Trima;
import wave.indicators.average.Vwma;
import wave.indicators.average.Wma;
import wave.indicators.momentum.Apo;
import wave.indicators.momentum.AwesomeOscillator;
import wave.indicators.momentum.Cci;
import wave.indicators.momentum.Cmo;
import wave.indicators.momentum.Macd;
import wave.indicators.momentum.Momentum;
import wave.indicators.momentum.Ppo;
import wave.indicators.momentum.Roc;
import wave.indicators.momentum.Rsi;
import wave.indicators.momentum.StochRsi;
import wave.indicators.momentum.Stochastic;
import wave.indicators.momentum.StochasticFast;
import wave.indicators.momentum.Trix;
import wave.indicators.momentum.UltimateOscillator;
import wave.indicators.momentum.WilliamsR;
import wave.indicators.statistics.Beta;
import wave.indicators.statistics.Correlation;
import wave.indicators.statistics.Hurst;
import wave.indicators.statistics.LinearRegression;
import wave.indicators.statistics.ZScore;
import wave.indicators.trend.Adx;
import wave.indicators.trend.Adxr;
import wave.indicators.trend.Aroon;
import wave.indicators.trend.Dmi;
import wave.indicators.trend.Dx;
import wave.indicators.trend.Ichimoku;
import wave.indicators.trend.ParabolicSar;
import wave.indicators.trend.SuperTrend;
import wave.indicators.volatility.Atr;
import wave.indicators.volatility.BollingerBands;
import wave.indicators.volatility.Donchian;
import wave.indicators.volatility.GarmanKlassVolatility;
import wave.indicators.volatility.HistoricalVolatility;
import wave.indicators.volatility.Keltner;
import wave.indicators.volatility.Natr;
import wave.indicators.volatility.ParkinsonVolatility;
import wave.indicators.volatility.StdDev;
import wave.indicators.volatility.TrueRange;
import wave.indicators.volatility.Variance;
import wave.indicators.volume.AccumulationDistribution;
import wave.indicators.volume.ChaikinMoneyFlow;
import wave.indicators.volume.ChaikinOscillator;
import wave.indicators.volume.Mfi;
import wave.indicators.volume.Obv;
import wave.indicators.volume.VolumeRatio;
import wave.indicators.volume.Vwap;

/**
 * Factories for the streaming indicators on closing prices, for strategies that register them
 * with {@code indicator(Indicators.sma(20))}. Each factory validates as its constructor does.
 */
public final class Indicators {
    private Indicators() {}

    /** A {@link Sma} of closes over {@code period} bars. */
    public static Sma sma(int period) {
        return new Sma(period);
    }

    /** An {@link Ema} of closes over {@code period} bars. */
    public static Ema ema(int period) {
        return new Ema(period);
    }

    /** An {@link Rsi} of closes over {@code period} bars. */
    public static Rsi rsi(int period) {
        return new Rsi(period);
    }

    /** A {@link Macd} of closes with the given fast, slow and signal periods. */
    public static Macd macd(int fast, int slow, int signal) {
        return new Macd(fast, slow, signal);
    }

    /** {@link BollingerBands} of closes over {@code period} bars, {@code k} deviations wide. */
    public static BollingerBands bollinger(int period, double k) {
        return new BollingerBands(period, k);
    }

    /** An {@link Atr} over {@code period} bars. */
    public static Atr atr(int period) {
        return new Atr(period);
    }

    /** A {@link Wma} of closes over {@code period} bars. */
    public static Wma wma(int period) {
        return new Wma(period);
    }

    /** A {@link Dema} of closes over {@code period} bars. */
    public static Dema dema(int period) {
        return new Dema(period);
    }

    /** A {@link Tema} of closes over {@code period} bars. */
    public static Tema tema(int period) {
        return new Tema(period);
    }

    /** A {@link Trima} of closes over {@code period} bars. */
    public static Trima trima(int period) {
        return new Trima(period);
    }

    /** A {@link Kama} of closes over {@code period} bars. */
    public static Kama kama(int period) {
        return new Kama(period);
    }

    /** A {@link T3} of closes over {@code period} bars with volume factor {@code vFactor}. */
    public static T3 t3(int period, double vFactor) {
        return new T3(period, vFactor);
    }

    /** An {@link Hma} of closes over {@code period} bars. */
    public static Hma hma(int period) {
        return new Hma(period);
    }

    /** A {@link Vwma} of closes weighted by volume over {@code period} bars. */
    public static Vwma vwma(int period) {
        return new Vwma(period);
    }

    /** An {@link Alma} of closes over {@code period} bars (commonly 9, 0.85, 6). */
    public static Alma alma(int period, double offset, double sigma) {
        return new Alma(period, offset, sigma);
    }

    /** A slow {@link Stochastic} (TA-Lib's {@code STOCH}; commonly 14, 3, 3 or 5, 3, 3). */
    public static Stochastic stochastic(int fastK, int slowK, int slowD) {
        return new Stochastic(fastK, slowK, slowD);
    }

    /** A {@link StochasticFast} (TA-Lib's {@code STOCHF}; commonly 5, 3). */
    public static StochasticFast stochasticFast(int fastK, int fastD) {
        return new StochasticFast(fastK, fastD);
    }

    /** A {@link StochRsi} of closes (commonly 14, 5, 3 or 14, 14, 3). */
    public static StochRsi stochRsi(int period, int fastK, int fastD) {
        return new StochRsi(period, fastK, fastD);
    }

    /** A {@link WilliamsR} over {@code period} bars (commonly 14). */
    public static WilliamsR williamsR(int period) {
        return new WilliamsR(period);
    }

    /** A {@link Cci} over {@code period} bars (commonly 14 or 20). */
    public static Cci cci(int period) {
        return new Cci(period);
    }

    /** An {@link Mfi} over {@code period} bars (commonly 14). */
    public static Mfi mfi(int period) {
        return new Mfi(period);
    }

    /** A {@link Roc} of closes over {@code period} bars. */
    public static Roc roc(int period) {
        return new Roc(period);
    }

    /** A {@link Momentum} of closes over {@code period} bars. */
    public static Momentum momentum(int period) {
        return new Momentum(period);
    }

    /** An {@link Apo} of closes (TA-Lib's defaults 12, 26, SMA). */
    public static Apo apo(int fast, int slow, MaType type) {
        return new Apo(fast, slow, type);
    }

    /** A {@link Ppo} of closes (TA-Lib's defaults 12, 26, SMA). */
    public static Ppo ppo(int fast, int slow, MaType type) {
        return new Ppo(fast, slow, type);
    }

    /** A {@link Trix} of closes over {@code period} bars. */
    public static Trix trix(int period) {
        return new Trix(period);
    }

    /** An {@link UltimateOscillator} (commonly 7, 14, 28). */
    public static UltimateOscillator ultimateOscillator(int period1, int period2, int period3) {
        return new UltimateOscillator(period1, period2, period3);
    }

    /** A {@link Cmo} of closes over {@code period} bars (commonly 14). */
    public static Cmo cmo(int period) {
        return new Cmo(period);
    }

    /** Williams' {@link AwesomeOscillator}, 5 and 34 bars. */
    public static AwesomeOscillator awesomeOscillator() {
        return new AwesomeOscillator();
    }

    /** {@link Dmi} +DI and -DI over {@code period} bars (commonly 14). */
    public static Dmi dmi(int period) {
        return new Dmi(period);
    }

    /** A {@link Dx} over {@code period} bars (commonly 14). */
    public static Dx dx(int period) {
        return new Dx(period);
    }

    /** An {@link Adx} over {@code period} bars (commonly 14). */
    public static Adx adx(int period) {
        return new Adx(period);
    }

    /** An {@link Adxr} over {@code period} bars (commonly 14). */
    public static Adxr adxr(int period) {
        return new Adxr(period);
    }

    /** {@link Aroon} up, down and oscillator over {@code period} bars (commonly 14 or 25). */
    public static Aroon aroon(int period) {
        return new Aroon(period);
    }

    /** A {@link ParabolicSar} (commonly 0.02 and 0.2). */
    public static ParabolicSar parabolicSar(double acceleration, double maximum) {
        return new ParabolicSar(acceleration, maximum);
    }

    /** A {@link LinearRegression} of closes over {@code period} bars. */
    public static LinearRegression linearRegression(int period) {
        return new LinearRegression(period);
    }

    /** A {@link SuperTrend} (commonly 10 and 3). */
    public static SuperTrend superTrend(int period, double multiplier) {
        return new SuperTrend(period, multiplier);
    }

    /** {@link Ichimoku} with the common periods 9, 26, 52 and displacement 26. */
    public static Ichimoku ichimoku() {
        return new Ichimoku();
    }

    /** An {@link Natr} over {@code period} bars (commonly 14). */
    public static Natr natr(int period) {
        return new Natr(period);
    }

    /** The {@link TrueRange} of each bar. */
    public static TrueRange trueRange() {
        return new TrueRange();
    }

    /** A {@link StdDev} of closes over {@code period} bars, times {@code deviations}. */
    public static StdDev stdDev(int period, double deviations) {
        return new StdDev(period, deviations);
    }

    /** A {@link Variance} of closes over {@code period} bars. */
    public static Variance variance(int period) {
        return new Variance(period);
    }

    /** On-balance volume, {@link Obv}. */
    public static Obv obv() {
        return new Obv();
    }

    /** The {@link AccumulationDistribution} line. */
    public static AccumulationDistribution accumulationDistribution() {
        return new AccumulationDistribution();
    }

    /** A {@link ChaikinOscillator} (TA-Lib's defaults 3 and 10). */
    public static ChaikinOscillator chaikinOscillator(int fast, int slow) {
        return new ChaikinOscillator(fast, slow);
    }

    /** A {@link Keltner} channel (commonly 20, 10 and 2). */
    public static Keltner keltner(int emaPeriod, int atrPeriod, double multiplier) {
        return new Keltner(emaPeriod, atrPeriod, multiplier);
    }

    /** A {@link Donchian} channel over {@code period} bars (commonly 20). */
    public static Donchian donchian(int period) {
        return new Donchian(period);
    }

    /** Close-to-close {@link HistoricalVolatility} (252 periods a year for daily bars). */
    public static HistoricalVolatility historicalVolatility(int period, double periodsPerYear) {
        return new HistoricalVolatility(period, periodsPerYear);
    }

    /** {@link ParkinsonVolatility} (252 periods a year for daily bars). */
    public static ParkinsonVolatility parkinson(int period, double periodsPerYear) {
        return new ParkinsonVolatility(period, periodsPerYear);
    }

    /** {@link GarmanKlassVolatility} (252 periods a year for daily bars). */
    public static GarmanKlassVolatility garmanKlass(int period, double periodsPerYear) {
        return new GarmanKlassVolatility(period, periodsPerYear);
    }

    /** A {@link ChaikinMoneyFlow} over {@code period} bars (commonly 20). */
    public static ChaikinMoneyFlow chaikinMoneyFlow(int period) {
        return new ChaikinMoneyFlow(period);
    }

    /** A session-anchored {@link Vwap}. */
    public static Vwap vwap() {
        return new Vwap();
    }

    /** A rolling VWAP over {@code period} bars: the {@link Vwma} of the typical price. */
    public static Vwma rollingVwap(int period) {
        return new Vwma(period, PriceField.HLC3);
    }

    /** A {@link VolumeRatio} against the previous {@code period} bars (commonly 20). */
    public static VolumeRatio volumeRatio(int period) {
        return new VolumeRatio(period);
    }

    /** A {@link ZScore} of closes over {@code period} bars. */
    public static ZScore zScore(int period) {
        return new ZScore(period);
    }

    /** A rolling {@link Correlation} of two series over {@code period} pairs. */
    public static Correlation correlation(int period) {
        return new Correlation(period);
    }

    /** A rolling {@link Beta} of an asset against a benchmark over {@code period} returns. */
    public static Beta beta(int period) {
        return new Beta(period);
    }

    /** A {@link Hurst} exponent of closes over {@code period} returns (commonly 100). */
    public static Hurst hurst(int period) {
        return new Hurst(period);
    }
}
