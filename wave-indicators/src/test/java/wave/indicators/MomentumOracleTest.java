package wave.indicators;

import com.tictactec.ta.lib.MAType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wave.indicators.average.MaType;
import wave.indicators.average.Sma;
import wave.indicators.momentum.Apo;
import wave.indicators.momentum.Cci;
import wave.indicators.momentum.Cmo;
import wave.indicators.momentum.Momentum;
import wave.indicators.momentum.Ppo;
import wave.indicators.momentum.Roc;
import wave.indicators.momentum.StochRsi;
import wave.indicators.momentum.Stochastic;
import wave.indicators.momentum.StochasticFast;
import wave.indicators.momentum.StochasticSeries;
import wave.indicators.momentum.Trix;
import wave.indicators.momentum.UltimateOscillator;
import wave.indicators.momentum.WilliamsR;
import wave.indicators.volume.Mfi;

/** The momentum oscillators against TA-Lib on ORCL and NVDA daily bars. */
class MomentumOracleTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void stochastic(String file) {
        Oracle o = new Oracle(file);
        int[][] cases = {{5, 3, 3}, {14, 3, 3}, {1, 1, 1}, {10, 1, 4}};
        for (int[] c : cases) {
            double[] k = o.buffer();
            double[] d = o.buffer();
            o.check(o.talib.stoch(0, o.last(), o.high, o.low, o.close, c[0], c[1], MAType.Sma, c[2],
                    MAType.Sma, o.begIdx, o.nbElement, k, d));
            StochasticSeries ours = Stochastic.compute(o.high, o.low, o.close, c[0], c[1], c[2]);
            String what = "STOCH(" + c[0] + ", " + c[1] + ", " + c[2] + ")";
            o.assertMatches(what + " k", ours.k(), k);
            o.assertMatches(what + " d", ours.d(), d);
            Stochastic stream = new Stochastic(c[0], c[1], c[2]);
            o.assertStreams(what, stream, List.of(stream::k, stream::d), ours.k(), ours.d());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void stochasticFast(String file) {
        Oracle o = new Oracle(file);
        int[][] cases = {{5, 3}, {14, 1}, {1, 3}};
        for (int[] c : cases) {
            double[] k = o.buffer();
            double[] d = o.buffer();
            o.check(o.talib.stochF(0, o.last(), o.high, o.low, o.close, c[0], c[1], MAType.Sma,
                    o.begIdx, o.nbElement, k, d));
            StochasticSeries ours = StochasticFast.compute(o.high, o.low, o.close, c[0], c[1]);
            String what = "STOCHF(" + c[0] + ", " + c[1] + ")";
            o.assertMatches(what + " k", ours.k(), k);
            o.assertMatches(what + " d", ours.d(), d);
            StochasticFast stream = new StochasticFast(c[0], c[1]);
            o.assertStreams(what, stream, List.of(stream::k, stream::d), ours.k(), ours.d());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void stochRsi(String file) {
        Oracle o = new Oracle(file);
        int[][] cases = {{14, 5, 3}, {14, 14, 3}, {2, 1, 1}};
        for (int[] c : cases) {
            double[] k = o.buffer();
            double[] d = o.buffer();
            o.check(o.talib.stochRsi(0, o.last(), o.close, c[0], c[1], c[2], MAType.Sma, o.begIdx,
                    o.nbElement, k, d));
            StochasticSeries ours = StochRsi.compute(o.close, c[0], c[1], c[2]);
            String what = "STOCHRSI(" + c[0] + ", " + c[1] + ", " + c[2] + ")";
            o.assertMatches(what + " k", ours.k(), k);
            o.assertMatches(what + " d", ours.d(), d);
            StochRsi stream = new StochRsi(c[0], c[1], c[2]);
            o.assertStreams(what, stream, List.of(stream::k, stream::d), ours.k(), ours.d());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void williamsR(String file) {
        Oracle o = new Oracle(file);
        for (int period : new int[] {2, 14, 50}) {
            double[] ours = WilliamsR.compute(o.high, o.low, o.close, period);
            o.assertMatches("WILLR(" + period + ")", ours, out -> o.talib.willR(0, o.last(), o.high,
                    o.low, o.close, period, o.begIdx, o.nbElement, out));
            WilliamsR stream = new WilliamsR(period);
            o.assertStreams("WILLR", stream, List.of(stream::value), ours);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void cci(String file) {
        Oracle o = new Oracle(file);
        for (int period : new int[] {2, 14, 20}) {
            double[] ours = Cci.compute(o.high, o.low, o.close, period);
            o.assertMatches("CCI(" + period + ")", ours, out -> o.talib.cci(0, o.last(), o.high,
                    o.low, o.close, period, o.begIdx, o.nbElement, out));
            Cci stream = new Cci(period);
            o.assertStreams("CCI", stream, List.of(stream::value), ours);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void mfi(String file) {
        Oracle o = new Oracle(file);
        for (int period : new int[] {2, 14, 30}) {
            double[] ours = Mfi.compute(o.high, o.low, o.close, o.volume, period);
            o.assertMatches("MFI(" + period + ")", ours, out -> o.talib.mfi(0, o.last(), o.high,
                    o.low, o.close, o.volume, period, o.begIdx, o.nbElement, out));
            Mfi stream = new Mfi(period);
            o.assertStreams("MFI", stream, List.of(stream::value), ours);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void rocAndMomentum(String file) {
        Oracle o = new Oracle(file);
        for (int period : new int[] {1, 10, 30}) {
            double[] roc = Roc.compute(o.close, period);
            o.assertMatches("ROC(" + period + ")", roc,
                    out -> o.talib.roc(0, o.last(), o.close, period, o.begIdx, o.nbElement, out));
            Roc rocStream = new Roc(period);
            o.assertStreams("ROC", rocStream, List.of(rocStream::value), roc);
            double[] mom = Momentum.compute(o.close, period);
            o.assertMatches("MOM(" + period + ")", mom,
                    out -> o.talib.mom(0, o.last(), o.close, period, o.begIdx, o.nbElement, out));
            Momentum momStream = new Momentum(period);
            o.assertStreams("MOM", momStream, List.of(momStream::value), mom);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void apoAndPpo(String file) {
        Oracle o = new Oracle(file);
        int[][] periods = {{12, 26}, {2, 3}, {5, 50}};
        for (int[] p : periods) {
            for (MaType type : MaType.values()) {
                MAType talibType = MacdExtOracleTest.talib(type);
                String args = "(" + p[0] + ", " + p[1] + ", " + type + ")";
                double[] apo = Apo.compute(o.close, p[0], p[1], type);
                o.assertMatches("APO" + args, apo, out -> o.talib.apo(0, o.last(), o.close, p[0],
                        p[1], talibType, o.begIdx, o.nbElement, out));
                Apo apoStream = new Apo(p[0], p[1], type);
                o.assertStreams("APO" + args, apoStream, List.of(apoStream::value), apo);
                double[] ppo = Ppo.compute(o.close, p[0], p[1], type);
                o.assertMatches("PPO" + args, ppo, out -> o.talib.ppo(0, o.last(), o.close, p[0],
                        p[1], talibType, o.begIdx, o.nbElement, out));
                Ppo ppoStream = new Ppo(p[0], p[1], type);
                o.assertStreams("PPO" + args, ppoStream, List.of(ppoStream::value), ppo);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void trix(String file) {
        Oracle o = new Oracle(file);
        for (int period : new int[] {2, 3, 15, 30}) {
            double[] ours = Trix.compute(o.close, period);
            o.assertMatches("TRIX(" + period + ")", ours,
                    out -> o.talib.trix(0, o.last(), o.close, period, o.begIdx, o.nbElement, out));
            Trix stream = new Trix(period);
            o.assertStreams("TRIX", stream, List.of(stream::value), ours);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void ultimateOscillator(String file) {
        Oracle o = new Oracle(file);
        int[][] cases = {{7, 14, 28}, {28, 7, 14}, {1, 1, 2}, {3, 3, 10}};
        for (int[] c : cases) {
            double[] ours = UltimateOscillator.compute(o.high, o.low, o.close, c[0], c[1], c[2]);
            o.assertMatches("ULTOSC(" + c[0] + ", " + c[1] + ", " + c[2] + ")", ours,
                    out -> o.talib.ultOsc(0, o.last(), o.high, o.low, o.close, c[0], c[1], c[2],
                            o.begIdx, o.nbElement, out));
            UltimateOscillator stream = new UltimateOscillator(c[0], c[1], c[2]);
            o.assertStreams("ULTOSC", stream, List.of(stream::value), ours);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void cmo(String file) {
        Oracle o = new Oracle(file);
        for (int period : new int[] {2, 14, 30}) {
            double[] ours = Cmo.compute(o.close, period);
            o.assertMatches("CMO(" + period + ")", ours,
                    out -> o.talib.cmo(0, o.last(), o.close, period, o.begIdx, o.nbElement, out));
            Cmo stream = new Cmo(period);
            o.assertStreams("CMO", stream, List.of(stream::value), ours);
        }
    }
}
