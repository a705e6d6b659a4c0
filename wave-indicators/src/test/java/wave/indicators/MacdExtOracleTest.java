package wave.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tictactec.ta.lib.MAType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wave.indicators.average.Dema;
import wave.indicators.average.Ema;
import wave.indicators.average.Kama;
import wave.indicators.average.MaType;
import wave.indicators.average.Sma;
import wave.indicators.average.T3;
import wave.indicators.average.Tema;
import wave.indicators.average.Trima;
import wave.indicators.average.Wma;
import wave.indicators.momentum.Macd;
import wave.indicators.momentum.MacdExt;
import wave.indicators.momentum.MacdSeries;

/** {@link MacdExt} against TA-Lib's {@code MACDEXT} on ORCL and NVDA daily bars. */
class MacdExtOracleTest {
    /** fast, slow, signal periods and their types. */
    private record Case(int fast, MaType fastType, int slow, MaType slowType, int signal, MaType signalType) {
        @Override
        public String toString() {
            return "MACDEXT(" + fast + " " + fastType + ", " + slow + " " + slowType + ", " + signal + " "
                    + signalType + ")";
        }
    }

    private static final List<Case> CASES = List.of(
            new Case(12, MaType.EMA, 26, MaType.EMA, 9, MaType.EMA),
            new Case(12, MaType.SMA, 26, MaType.SMA, 9, MaType.SMA),
            new Case(12, MaType.WMA, 26, MaType.DEMA, 9, MaType.TEMA),
            new Case(10, MaType.KAMA, 30, MaType.T3, 5, MaType.KAMA),
            new Case(5, MaType.T3, 20, MaType.KAMA, 7, MaType.T3),
            new Case(8, MaType.TEMA, 21, MaType.TRIMA, 6, MaType.DEMA),
            new Case(9, MaType.TRIMA, 10, MaType.SMA, 4, MaType.WMA),
            new Case(3, MaType.T3, 26, MaType.EMA, 9, MaType.SMA),
            new Case(12, MaType.SMA, 12, MaType.EMA, 2, MaType.EMA),
            new Case(2, MaType.DEMA, 3, MaType.KAMA, 1, MaType.TRIMA),
            new Case(12, MaType.EMA, 26, MaType.WMA, 1, MaType.T3));

    static MAType talib(MaType type) {
        return switch (type) {
            case SMA -> MAType.Sma;
            case EMA -> MAType.Ema;
            case WMA -> MAType.Wma;
            case DEMA -> MAType.Dema;
            case TEMA -> MAType.Tema;
            case TRIMA -> MAType.Trima;
            case KAMA -> MAType.Kama;
            case T3 -> MAType.T3;
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void macdExt(String file) {
        Oracle o = new Oracle(file);
        for (Case c : CASES) {
            double[] macd = o.buffer();
            double[] signal = o.buffer();
            double[] hist = o.buffer();
            o.check(o.talib.macdExt(0, o.last(), o.close, c.fast(), talib(c.fastType()), c.slow(),
                    talib(c.slowType()), c.signal(), talib(c.signalType()), o.begIdx, o.nbElement, macd,
                    signal, hist));
            MacdSeries ours = MacdExt.compute(o.close, c.fast(), c.fastType(), c.slow(), c.slowType(),
                    c.signal(), c.signalType());
            String what = c.toString();
            o.assertMatches(what + " macd", ours.macd(), macd);
            o.assertMatches(what + " signal", ours.signal(), signal);
            o.assertMatches(what + " hist", ours.histogram(), hist);
            MacdExt stream = new MacdExt(c.fast(), c.fastType(), c.slow(), c.slowType(), c.signal(),
                    c.signalType());
            o.assertStreams(what, stream, List.of(stream::macd, stream::signal, stream::histogram),
                    ours.macd(), ours.signal(), ours.histogram());
            stream.reset();
            o.assertStreams(what + " after reset", stream,
                    List.of(stream::macd, stream::signal, stream::histogram), ours.macd(), ours.signal(),
                    ours.histogram());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedBars.ORCL, SharedBars.NVDA})
    void allEmaEqualsMacd(String file) {
        Oracle o = new Oracle(file);
        MacdSeries ext = MacdExt.compute(o.close, 12, MaType.EMA, 26, MaType.EMA, 9, MaType.EMA);
        MacdSeries macd = Macd.compute(o.close, 12, 26, 9);
        assertThat(ext.macd()).containsExactly(macd.macd());
        assertThat(ext.signal()).containsExactly(macd.signal());
        assertThat(ext.histogram()).containsExactly(macd.histogram());
    }

    @Test
    void warmupAndRejections() {
        assertThat(new MacdExt(12, MaType.SMA, 26, MaType.SMA, 9, MaType.SMA).warmupPeriod()).isEqualTo(34);
        assertThat(new MacdExt(12, MaType.EMA, 26, MaType.DEMA, 9, MaType.TEMA).warmupPeriod())
                .isEqualTo(50 + 24 + 1);
        assertThat(new MacdExt(12, MaType.KAMA, 12, MaType.SMA, 1, MaType.T3).warmupPeriod()).isEqualTo(13);
        assertThatThrownBy(() -> new MacdExt(26, MaType.EMA, 12, MaType.EMA, 9, MaType.EMA))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("fast must be <= slow, was fast=26, slow=12");
        assertThatThrownBy(() -> new MacdExt(1, MaType.EMA, 12, MaType.EMA, 9, MaType.EMA))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("fast must be in [2, 100000], was 1");
        assertThatThrownBy(() -> MacdExt.compute(new double[3], 12, MaType.EMA, 26, MaType.EMA, 0, MaType.EMA))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("signal must be in [1, 100000], was 0");
        MacdSeries tooShort = MacdExt.compute(new double[] {1, 2, 3}, 2, MaType.T3, 3, MaType.KAMA, 2, MaType.DEMA);
        assertThat(tooShort.macd()).containsOnly(Double.NaN);
    }
}
