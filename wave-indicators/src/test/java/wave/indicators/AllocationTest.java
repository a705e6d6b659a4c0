package wave.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
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
import wave.indicators.momentum.MacdExt;
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

/** Streaming updates allocate nothing: measured in bytes on this thread, not in time. */
class AllocationTest {
    private static final int UPDATES = 1_000_000;

    private final Sma sma = new Sma(20);
    private final Ema ema = new Ema(20, PriceField.HLC3);
    private final Rsi rsi = new Rsi(14);
    private final Macd macd = new Macd(12, 26, 9);
    private final BollingerBands bollinger = new BollingerBands(20, 2);
    private final Atr atr = new Atr(14);
    private final Crossover crossover = new Crossover();
    private final Wma wma = new Wma(20);
    private final Dema dema = new Dema(20);
    private final Tema tema = new Tema(20);
    private final Trima trima = new Trima(20);
    private final Kama kama = new Kama(10);
    private final T3 t3 = new T3(5, 0.7);
    private final Hma hma = new Hma(16);
    private final Vwma vwma = new Vwma(20);
    private final Alma alma = new Alma(9, 0.85, 6);
    private final Stochastic stochastic = new Stochastic(14, 3, 3);
    private final StochasticFast stochasticFast = new StochasticFast(5, 3);
    private final StochRsi stochRsi = new StochRsi(14, 5, 3);
    private final WilliamsR williamsR = new WilliamsR(14);
    private final Cci cci = new Cci(20);
    private final Mfi mfi = new Mfi(14);
    private final Roc roc = new Roc(10);
    private final Momentum momentum = new Momentum(10);
    private final Apo apo = new Apo(12, 26, MaType.EMA);
    private final Ppo ppoKama = new Ppo(10, 30, MaType.KAMA);
    private final MacdExt macdExt = new MacdExt(12, MaType.WMA, 26, MaType.DEMA, 9, MaType.TEMA);
    private final MacdExt macdExtAdaptive = new MacdExt(10, MaType.KAMA, 20, MaType.T3, 9, MaType.TRIMA);
    private final Ppo ppo = new Ppo(12, 26, MaType.SMA);
    private final Trix trix = new Trix(15);
    private final UltimateOscillator ultimate = new UltimateOscillator(7, 14, 28);
    private final Cmo cmo = new Cmo(14);
    private final AwesomeOscillator awesome = new AwesomeOscillator();
    private final Dmi dmi = new Dmi(14);
    private final Dx dx = new Dx(14);
    private final Adx adx = new Adx(14);
    private final Adxr adxr = new Adxr(14);
    private final Aroon aroon = new Aroon(25);
    private final ParabolicSar sar = new ParabolicSar(0.02, 0.2);
    private final LinearRegression regression = new LinearRegression(14);
    private final SuperTrend superTrend = new SuperTrend(10, 3);
    private final Ichimoku ichimoku = new Ichimoku();
    private final Natr natr = new Natr(14);
    private final TrueRange trueRange = new TrueRange();
    private final StdDev stdDev = new StdDev(20, 2);
    private final Variance variance = new Variance(20);
    private final Obv obv = new Obv();
    private final AccumulationDistribution ad = new AccumulationDistribution();
    private final ChaikinOscillator adosc = new ChaikinOscillator(3, 10);
    private final Keltner keltner = new Keltner(20, 10, 2);
    private final Donchian donchian = new Donchian(20);
    private final HistoricalVolatility hv = new HistoricalVolatility(20, 252);
    private final ParkinsonVolatility parkinson = new ParkinsonVolatility(20, 252);
    private final GarmanKlassVolatility garmanKlass = new GarmanKlassVolatility(20, 252);
    private final ChaikinMoneyFlow cmf = new ChaikinMoneyFlow(20);
    private final Vwap vwap = new Vwap();
    private final Vwma rollingVwap = Indicators.rollingVwap(20);
    private final VolumeRatio volumeRatio = new VolumeRatio(20);
    private final ZScore zScore = new ZScore(20);
    private final Hurst hurst = new Hurst(32);
    private final Correlation correlation = new Correlation(20);
    private final Beta beta = new Beta(20);
    /** The indicators added with the TA-Lib-equal library, fed as bars. */
    private final BarIndicator[] indicators = {wma, dema, tema, trima, kama, t3, hma, vwma, alma,
        stochastic, stochasticFast, stochRsi, williamsR, cci, mfi, roc, momentum, apo, ppo, trix,
        ultimate, cmo, awesome, dmi, dx, adx, adxr, aroon, sar, regression, superTrend, ichimoku,
        natr, trueRange, stdDev, variance, obv, ad, adosc, keltner, donchian, hv, parkinson,
        garmanKlass, cmf, vwap, rollingVwap, volumeRatio, zScore, hurst, ppoKama, macdExt, macdExtAdaptive};
    /** Their outputs, read after every bar (bound once, so reading allocates nothing). */
    private final DoubleSupplier[] outputs = {wma::value, dema::value, tema::value, trima::value,
        kama::value, t3::value, hma::value, vwma::value, alma::value, stochastic::k, stochastic::d,
        stochasticFast::d, stochRsi::k, williamsR::value, cci::value, mfi::value, roc::value,
        momentum::value, apo::value, ppo::value, trix::value, ultimate::value, cmo::value,
        awesome::value, dmi::plusDi, dmi::minusDi, dx::value, adx::value, adxr::value,
        aroon::oscillator, sar::value, regression::forecast, regression::rSquared, superTrend::value,
        ichimoku::spanB, natr::value, trueRange::value, stdDev::value, variance::value,
        obv::value, ad::value, adosc::value, keltner::upper, donchian::middle, hv::value,
        parkinson::value, garmanKlass::value, cmf::value, vwap::value, rollingVwap::value,
        volumeRatio::value, zScore::value, hurst::value, correlation::value, beta::value,
        ppoKama::value, macdExt::histogram, macdExtAdaptive::signal};
    private double sink;

    @Test
    void streamingUpdatesDoNotAllocate() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemorySupported()).isTrue();
        threads.setThreadAllocatedMemoryEnabled(true);
        run(UPDATES); // warm up every indicator and let the JIT compile the update paths
        sink = 0.0;
        long before = threads.getCurrentThreadAllocatedBytes();
        run(UPDATES);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(sink).isFinite();
        assertThat(allocated).as("bytes allocated by %d updates", UPDATES).isLessThan(1024);
    }

    private void run(int updates) {
        for (int i = 0; i < updates; i++) {
            double close = 100 + (i % 97) * 0.25 - (i % 13) * 0.5;
            double high = close + (i % 5) * 0.1;
            double low = close - (i % 7) * 0.1;
            sma.update(close - 0.1, high, low, close, 1000);
            ema.update(close - 0.1, high, low, close, 1000);
            rsi.update(close - 0.1, high, low, close, 1000);
            macd.update(close - 0.1, high, low, close, 1000);
            bollinger.update(close - 0.1, high, low, close, 1000);
            atr.update(close - 0.1, high, low, close, 1000);
            crossover.update(sma.value(), ema.value());
            sink += rsi.value() + macd.histogram() + bollinger.upper() + atr.value()
                    + (crossover.crossedAbove() ? 1 : 0);
            double volume = 1000 + (i % 11) * 100;
            for (BarIndicator indicator : indicators) {
                indicator.update(close - 0.1, high, low, close, volume);
            }
            if (i % 390 == 0) {
                vwap.startSession();
            }
            correlation.update(close, volume);
            beta.update(close, high);
            for (DoubleSupplier output : outputs) {
                sink += output.getAsDouble();
            }
        }
    }
}
