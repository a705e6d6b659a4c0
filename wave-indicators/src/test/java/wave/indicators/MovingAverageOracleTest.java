package wave.indicators;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wave.indicators.average.Dema;
import wave.indicators.average.Kama;
import wave.indicators.average.T3;
import wave.indicators.average.Tema;
import wave.indicators.average.Trima;
import wave.indicators.average.Wma;

/** WMA, DEMA, TEMA, TRIMA, KAMA and T3 against TA-Lib on ORCL and NVDA daily bars. */
class MovingAverageOracleTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void wma(String file) {
        Oracle o = new Oracle(file);
        for (int period : new int[] {2, 9, 30}) {
            double[] ours = Wma.compute(o.close, period);
            o.assertMatches("WMA(" + period + ")", ours,
                    out -> o.talib.wma(0, o.last(), o.close, period, o.begIdx, o.nbElement, out));
            Wma stream = new Wma(period);
            o.assertStreams("WMA", stream, List.of(stream::value), ours);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void dema(String file) {
        Oracle o = new Oracle(file);
        for (int period : new int[] {2, 10, 30}) {
            double[] ours = Dema.compute(o.close, period);
            o.assertMatches("DEMA(" + period + ")", ours,
                    out -> o.talib.dema(0, o.last(), o.close, period, o.begIdx, o.nbElement, out));
            Dema stream = new Dema(period);
            o.assertStreams("DEMA", stream, List.of(stream::value), ours);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void tema(String file) {
        Oracle o = new Oracle(file);
        for (int period : new int[] {2, 10, 30}) {
            double[] ours = Tema.compute(o.close, period);
            o.assertMatches("TEMA(" + period + ")", ours,
                    out -> o.talib.tema(0, o.last(), o.close, period, o.begIdx, o.nbElement, out));
            Tema stream = new Tema(period);
            o.assertStreams("TEMA", stream, List.of(stream::value), ours);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void trima(String file) {
        Oracle o = new Oracle(file);
        for (int period : new int[] {2, 3, 10, 11, 30}) {
            double[] ours = Trima.compute(o.close, period);
            o.assertMatches("TRIMA(" + period + ")", ours,
                    out -> o.talib.trima(0, o.last(), o.close, period, o.begIdx, o.nbElement, out));
            Trima stream = new Trima(period);
            o.assertStreams("TRIMA", stream, List.of(stream::value), ours);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void kama(String file) {
        Oracle o = new Oracle(file);
        for (int period : new int[] {2, 10, 30}) {
            double[] ours = Kama.compute(o.close, period);
            o.assertMatches("KAMA(" + period + ")", ours,
                    out -> o.talib.kama(0, o.last(), o.close, period, o.begIdx, o.nbElement, out));
            Kama stream = new Kama(period);
            o.assertStreams("KAMA", stream, List.of(stream::value), ours);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void t3(String file) {
        Oracle o = new Oracle(file);
        int[] periods = {2, 5, 14};
        double[] vFactors = {0.7, 0.0, 1.0};
        for (int c = 0; c < periods.length; c++) {
            int period = periods[c];
            double v = vFactors[c];
            double[] ours = T3.compute(o.close, period, v);
            o.assertMatches("T3(" + period + ", " + v + ")", ours,
                    out -> o.talib.t3(0, o.last(), o.close, period, v, o.begIdx, o.nbElement, out));
            T3 stream = new T3(period, v);
            o.assertStreams("T3", stream, List.of(stream::value), ours);
        }
    }
}
