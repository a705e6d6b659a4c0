package wave.indicators;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wave.indicators.statistics.LinearRegression;
import wave.indicators.statistics.RegressionSeries;
import wave.indicators.trend.Adx;
import wave.indicators.trend.Adxr;
import wave.indicators.trend.Aroon;
import wave.indicators.trend.AroonSeries;
import wave.indicators.trend.DirectionalSeries;
import wave.indicators.trend.Dmi;
import wave.indicators.trend.Dx;
import wave.indicators.trend.ParabolicSar;

/** The trend indicators against TA-Lib on ORCL and NVDA daily bars. */
class TrendOracleTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void dmi(String file) {
        Oracle o = new Oracle(file);
        for (int period : new int[] {2, 14, 30}) {
            DirectionalSeries ours = Dmi.compute(o.high, o.low, o.close, period);
            o.assertMatches("PLUS_DI(" + period + ")", ours.plusDi(), out -> o.talib.plusDI(0,
                    o.last(), o.high, o.low, o.close, period, o.begIdx, o.nbElement, out));
            o.assertMatches("MINUS_DI(" + period + ")", ours.minusDi(), out -> o.talib.minusDI(0,
                    o.last(), o.high, o.low, o.close, period, o.begIdx, o.nbElement, out));
            Dmi stream = new Dmi(period);
            o.assertStreams("DMI", stream, List.of(stream::plusDi, stream::minusDi),
                    ours.plusDi(), ours.minusDi());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void dx(String file) {
        Oracle o = new Oracle(file);
        for (int period : new int[] {2, 14, 30}) {
            double[] ours = Dx.compute(o.high, o.low, o.close, period);
            o.assertMatches("DX(" + period + ")", ours, out -> o.talib.dx(0, o.last(), o.high,
                    o.low, o.close, period, o.begIdx, o.nbElement, out));
            Dx stream = new Dx(period);
            o.assertStreams("DX", stream, List.of(stream::value), ours);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void adx(String file) {
        Oracle o = new Oracle(file);
        for (int period : new int[] {2, 14, 30}) {
            double[] ours = Adx.compute(o.high, o.low, o.close, period);
            o.assertMatches("ADX(" + period + ")", ours, out -> o.talib.adx(0, o.last(), o.high,
                    o.low, o.close, period, o.begIdx, o.nbElement, out));
            Adx stream = new Adx(period);
            o.assertStreams("ADX", stream, List.of(stream::value), ours);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void adxr(String file) {
        Oracle o = new Oracle(file);
        for (int period : new int[] {2, 14, 30}) {
            double[] ours = Adxr.compute(o.high, o.low, o.close, period);
            o.assertMatches("ADXR(" + period + ")", ours, out -> o.talib.adxr(0, o.last(), o.high,
                    o.low, o.close, period, o.begIdx, o.nbElement, out));
            Adxr stream = new Adxr(period);
            o.assertStreams("ADXR", stream, List.of(stream::value), ours);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void aroon(String file) {
        Oracle o = new Oracle(file);
        for (int period : new int[] {2, 14, 25}) {
            AroonSeries ours = Aroon.compute(o.high, o.low, period);
            double[] down = o.buffer();
            double[] up = o.buffer();
            o.check(o.talib.aroon(0, o.last(), o.high, o.low, period, o.begIdx, o.nbElement, down,
                    up));
            o.assertMatches("AROON(" + period + ") up", ours.up(), up);
            o.assertMatches("AROON(" + period + ") down", ours.down(), down);
            o.assertMatches("AROONOSC(" + period + ")", ours.oscillator(), out -> o.talib.aroonOsc(
                    0, o.last(), o.high, o.low, period, o.begIdx, o.nbElement, out));
            Aroon stream = new Aroon(period);
            o.assertStreams("AROON", stream, List.of(stream::up, stream::down, stream::oscillator),
                    ours.up(), ours.down(), ours.oscillator());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void parabolicSar(String file) {
        Oracle o = new Oracle(file);
        double[][] cases = {{0.02, 0.2}, {0.01, 0.1}, {0.3, 0.2}};
        for (double[] c : cases) {
            double[] ours = ParabolicSar.compute(o.high, o.low, c[0], c[1]);
            o.assertMatches("SAR(" + c[0] + ", " + c[1] + ")", ours, out -> o.talib.sar(0,
                    o.last(), o.high, o.low, c[0], c[1], o.begIdx, o.nbElement, out));
            ParabolicSar stream = new ParabolicSar(c[0], c[1]);
            o.assertStreams("SAR", stream, List.of(stream::value), ours);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void linearRegression(String file) {
        Oracle o = new Oracle(file);
        for (int period : new int[] {2, 14, 50}) {
            RegressionSeries ours = LinearRegression.compute(o.close, period);
            String args = "(" + period + ")";
            o.assertMatches("LINEARREG" + args, ours.value(), out -> o.talib.linearReg(0, o.last(),
                    o.close, period, o.begIdx, o.nbElement, out));
            o.assertMatches("LINEARREG_SLOPE" + args, ours.slope(), out -> o.talib.linearRegSlope(
                    0, o.last(), o.close, period, o.begIdx, o.nbElement, out));
            o.assertMatches("LINEARREG_INTERCEPT" + args, ours.intercept(),
                    out -> o.talib.linearRegIntercept(0, o.last(), o.close, period, o.begIdx,
                            o.nbElement, out));
            o.assertMatches("LINEARREG_ANGLE" + args, ours.angle(), out -> o.talib.linearRegAngle(
                    0, o.last(), o.close, period, o.begIdx, o.nbElement, out));
            o.assertMatches("TSF" + args, ours.forecast(),
                    out -> o.talib.tsf(0, o.last(), o.close, period, o.begIdx, o.nbElement, out));
            LinearRegression stream = new LinearRegression(period);
            o.assertStreams("LINEARREG", stream, List.of(stream::value, stream::slope,
                    stream::intercept, stream::angle, stream::forecast, stream::rSquared),
                    ours.value(), ours.slope(), ours.intercept(), ours.angle(), ours.forecast(),
                    ours.rSquared());
        }
    }
}
