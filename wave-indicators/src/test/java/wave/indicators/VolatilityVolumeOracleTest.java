package wave.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import com.tictactec.ta.lib.MAType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wave.indicators.average.Sma;
import wave.indicators.statistics.Beta;
import wave.indicators.statistics.Correlation;
import wave.indicators.statistics.ZScore;
import wave.indicators.volatility.Channel;
import wave.indicators.volatility.Donchian;
import wave.indicators.volatility.Keltner;
import wave.indicators.volatility.Natr;
import wave.indicators.volatility.StdDev;
import wave.indicators.volatility.TrueRange;
import wave.indicators.volatility.Variance;
import wave.indicators.volume.AccumulationDistribution;
import wave.indicators.volume.ChaikinOscillator;
import wave.indicators.volume.Obv;
import wave.indicators.volume.VolumeRatio;

/**
 * Volatility, volume and statistics indicators against TA-Lib on ORCL and NVDA daily bars;
 * Keltner, Donchian and the z-score against their TA-Lib building blocks.
 */
class VolatilityVolumeOracleTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void natrAndTrueRange(String file) {
        Oracle o = new Oracle(file);
        for (int period : new int[] {2, 14, 30}) {
            double[] ours = Natr.compute(o.high, o.low, o.close, period);
            o.assertMatches("NATR(" + period + ")", ours, out -> o.talib.natr(0, o.last(), o.high,
                    o.low, o.close, period, o.begIdx, o.nbElement, out));
            Natr stream = new Natr(period);
            o.assertStreams("NATR", stream, List.of(stream::value), ours);
        }
        double[] ours = TrueRange.compute(o.high, o.low, o.close);
        o.assertMatches("TRANGE", ours, out -> o.talib.trueRange(0, o.last(), o.high, o.low,
                o.close, o.begIdx, o.nbElement, out));
        TrueRange stream = new TrueRange();
        o.assertStreams("TRANGE", stream, List.of(stream::value), ours);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void stdDevAndVariance(String file) {
        Oracle o = new Oracle(file);
        for (int period : new int[] {2, 5, 20}) {
            for (double k : new double[] {1.0, 2.5}) {
                double[] ours = StdDev.compute(o.close, period, k);
                o.assertMatches("STDDEV(" + period + ", " + k + ")", ours, out -> o.talib.stdDev(0,
                        o.last(), o.close, period, k, o.begIdx, o.nbElement, out));
                StdDev stream = new StdDev(period, k);
                o.assertStreams("STDDEV", stream, List.of(stream::value), ours);
            }
            double[] ours = Variance.compute(o.close, period);
            o.assertMatches("VAR(" + period + ")", ours, out -> o.talib.variance(0, o.last(),
                    o.close, period, 1.0, o.begIdx, o.nbElement, out));
            Variance stream = new Variance(period);
            o.assertStreams("VAR", stream, List.of(stream::value), ours);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void obvAdAndChaikinOscillator(String file) {
        Oracle o = new Oracle(file);
        double[] obv = Obv.compute(o.close, o.volume);
        o.assertMatches("OBV", obv,
                out -> o.talib.obv(0, o.last(), o.close, o.volume, o.begIdx, o.nbElement, out));
        Obv obvStream = new Obv();
        o.assertStreams("OBV", obvStream, List.of(obvStream::value), obv);
        double[] ad = AccumulationDistribution.compute(o.high, o.low, o.close, o.volume);
        o.assertMatches("AD", ad, out -> o.talib.ad(0, o.last(), o.high, o.low, o.close, o.volume,
                o.begIdx, o.nbElement, out));
        AccumulationDistribution adStream = new AccumulationDistribution();
        o.assertStreams("AD", adStream, List.of(adStream::value), ad);
        int[][] periods = {{3, 10}, {10, 3}, {2, 30}};
        for (int[] p : periods) {
            double[] ours = ChaikinOscillator.compute(o.high, o.low, o.close, o.volume, p[0], p[1]);
            o.assertMatches("ADOSC(" + p[0] + ", " + p[1] + ")", ours, out -> o.talib.adOsc(0,
                    o.last(), o.high, o.low, o.close, o.volume, p[0], p[1], o.begIdx, o.nbElement,
                    out));
            ChaikinOscillator stream = new ChaikinOscillator(p[0], p[1]);
            o.assertStreams("ADOSC", stream, List.of(stream::value), ours);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void donchianIsMaxMinAndMidprice(String file) {
        Oracle o = new Oracle(file);
        for (int period : new int[] {2, 20, 55}) {
            Channel ours = Donchian.compute(o.high, o.low, period);
            o.assertMatches("MAX(" + period + ")", ours.upper(),
                    out -> o.talib.max(0, o.last(), o.high, period, o.begIdx, o.nbElement, out));
            o.assertMatches("MIN(" + period + ")", ours.lower(),
                    out -> o.talib.min(0, o.last(), o.low, period, o.begIdx, o.nbElement, out));
            o.assertMatches("MIDPRICE(" + period + ")", ours.middle(), out -> o.talib.midPrice(0,
                    o.last(), o.high, o.low, period, o.begIdx, o.nbElement, out));
            Donchian stream = new Donchian(period);
            o.assertStreams("DONCHIAN", stream, List.of(stream::upper, stream::middle,
                    stream::lower), ours.upper(), ours.middle(), ours.lower());
        }
    }

    /** Keltner lines equal TA-Lib's EMA plus and minus the multiple of TA-Lib's ATR. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void keltnerIsEmaAndAtr(String file) {
        Oracle o = new Oracle(file);
        int[][] periods = {{20, 10}, {5, 30}};
        for (int[] p : periods) {
            double m = 2.0;
            double[] ema = o.buffer();
            o.check(o.talib.ema(0, o.last(), o.close, p[0], o.begIdx, o.nbElement, ema));
            int emaBegin = o.begIdx.value;
            double[] atr = o.buffer();
            o.check(o.talib.atr(0, o.last(), o.high, o.low, o.close, p[1], o.begIdx, o.nbElement,
                    atr));
            int atrBegin = o.begIdx.value;
            int first = Math.max(emaBegin, atrBegin);
            double[] upper = new double[o.bars.size() - first];
            double[] middle = new double[upper.length];
            double[] lower = new double[upper.length];
            for (int i = first; i < o.bars.size(); i++) {
                double e = ema[i - emaBegin];
                double w = m * atr[i - atrBegin];
                upper[i - first] = e + w;
                middle[i - first] = e;
                lower[i - first] = e - w;
            }
            o.begIdx.value = first;
            o.nbElement.value = upper.length;
            Channel ours = Keltner.compute(o.high, o.low, o.close, p[0], p[1], m);
            o.assertMatches("KELTNER upper", ours.upper(), upper);
            o.assertMatches("KELTNER middle", ours.middle(), middle);
            o.assertMatches("KELTNER lower", ours.lower(), lower);
            Keltner stream = new Keltner(p[0], p[1], m);
            o.assertStreams("KELTNER", stream, List.of(stream::upper, stream::middle,
                    stream::lower), ours.upper(), ours.middle(), ours.lower());
        }
    }

    /** The z-score equals (x - TA-Lib's SMA) / TA-Lib's STDDEV, 0 where STDDEV is 0. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void zScoreIsSmaAndStdDev(String file) {
        Oracle o = new Oracle(file);
        for (int period : new int[] {2, 20}) {
            double[] sma = o.buffer();
            o.check(o.talib.sma(0, o.last(), o.close, period, o.begIdx, o.nbElement, sma));
            double[] sd = o.buffer();
            o.check(o.talib.stdDev(0, o.last(), o.close, period, 1.0, o.begIdx, o.nbElement, sd));
            double[] expected = new double[o.nbElement.value];
            for (int j = 0; j < expected.length; j++) {
                double x = o.close[j + o.begIdx.value];
                expected[j] = sd[j] == 0.0 ? 0.0 : (x - sma[j]) / sd[j];
            }
            double[] ours = ZScore.compute(o.close, period);
            o.assertMatches("ZSCORE(" + period + ")", ours, expected);
            ZScore stream = new ZScore(period);
            o.assertStreams("ZSCORE", stream, List.of(stream::value), ours);
        }
    }

    /** CORREL of close against open and against volume; BETA of the high against the close. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void correlationAndBeta(String file) {
        Oracle o = new Oracle(file);
        double[][][] pairs = {{o.close, o.open}, {o.close, o.volume}, {o.high, o.close}};
        for (double[][] pair : pairs) {
            double[] x = pair[0];
            double[] y = pair[1];
            for (int period : new int[] {1, 5, 30}) {
                double[] correl = Correlation.compute(x, y, period);
                o.assertMatches("CORREL(" + period + ")", correl, out -> o.talib.correl(0,
                        o.last(), x, y, period, o.begIdx, o.nbElement, out));
                Correlation c = new Correlation(period);
                o.assertStreams("CORREL", i -> c.update(x[i], y[i]), c::isReady, c.warmupPeriod(),
                        List.of(c::value), correl);
                double[] beta = Beta.compute(x, y, period);
                o.assertMatches("BETA(" + period + ")", beta, out -> o.talib.beta(0, o.last(), x, y,
                        period, o.begIdx, o.nbElement, out));
                Beta b = new Beta(period);
                o.assertStreams("BETA", i -> b.update(x[i], y[i]), b::isReady, b.warmupPeriod(),
                        List.of(b::value), beta);
            }
        }
    }

    /** The volume ratio is the volume over TA-Lib's SMA of the volume one bar earlier. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void volumeRatioIsVolumeOverPreviousSma(String file) {
        Oracle o = new Oracle(file);
        int period = 20;
        double[] sma = o.buffer();
        o.check(o.talib.movingAverage(0, o.last(), o.volume, period, MAType.Sma, o.begIdx,
                o.nbElement, sma));
        double[] expected = new double[o.nbElement.value - 1];
        for (int j = 0; j < expected.length; j++) {
            expected[j] = o.volume[j + period] / sma[j];
        }
        o.begIdx.value = period;
        o.nbElement.value = expected.length;
        double[] ours = VolumeRatio.compute(o.volume, period);
        o.assertMatches("VOLUME RATIO", ours, expected);
        VolumeRatio stream = new VolumeRatio(period);
        o.assertStreams("VOLUME RATIO", stream, List.of(stream::value), ours);
        assertThat(ours[period]).isPositive();
    }
}
