package wave.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import java.io.IOException;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import wave.indicators.average.Ema;
import wave.indicators.average.Sma;
import wave.indicators.momentum.Macd;
import wave.indicators.momentum.MacdSeries;
import wave.indicators.momentum.Rsi;
import wave.indicators.volatility.Atr;
import wave.indicators.volatility.Bands;
import wave.indicators.volatility.BollingerBands;

/**
 * Every indicator against TA-Lib's Java port on 20 years of ORCL daily bars: same first valid
 * index, same values (1e-9, relative above 1), and the streaming form equal to the array form
 * bit for bit on every bar, ready exactly from the first valid index.
 */
class TaLibOracleTest {
    private static OrclBars bars;
    private final Core talib = new Core();
    private final MInteger begIdx = new MInteger();
    private final MInteger nbElement = new MInteger();

    /** Loads once; per test, so a missing file shows as each test skipped with the reason. */
    @BeforeEach
    void loadBars() throws IOException {
        if (bars == null) {
            bars = OrclBars.load();
            assertThat(bars.size()).isEqualTo(OrclBars.ROWS);
        }
    }

    @ParameterizedTest(name = "SMA({0})")
    @ValueSource(ints = {2, 10, 30})
    void sma(int period) {
        double[] expected = outputBuffer();
        check(talib.sma(0, last(), bars.close(), period, begIdx, nbElement, expected));
        double[] ours = Sma.compute(bars.close(), period);
        assertEqualsOracle(ours, expected);
        Sma sma = new Sma(period);
        assertStreamingEquals(sma, List.of(sma::value), ours);
    }

    @Test
    void smaOfTypicalPrice() {
        double[] typical = outputBuffer();
        check(talib.typPrice(0, last(), bars.high(), bars.low(), bars.close(), begIdx, nbElement,
                typical));
        double[] expected = outputBuffer();
        check(talib.sma(0, last(), typical, 20, begIdx, nbElement, expected));
        double[] ours = Sma.compute(typical, 20);
        assertEqualsOracle(ours, expected);
        Sma sma = new Sma(20, PriceField.HLC3);
        assertStreamingEquals(sma, List.of(sma::value), ours);
    }

    @ParameterizedTest(name = "EMA({0})")
    @ValueSource(ints = {2, 12, 26})
    void ema(int period) {
        double[] expected = outputBuffer();
        check(talib.ema(0, last(), bars.close(), period, begIdx, nbElement, expected));
        double[] ours = Ema.compute(bars.close(), period);
        assertEqualsOracle(ours, expected);
        Ema ema = new Ema(period);
        assertStreamingEquals(ema, List.of(ema::value), ours);
    }

    @ParameterizedTest(name = "RSI({0})")
    @ValueSource(ints = {2, 14})
    void rsi(int period) {
        double[] expected = outputBuffer();
        check(talib.rsi(0, last(), bars.close(), period, begIdx, nbElement, expected));
        double[] ours = Rsi.compute(bars.close(), period);
        assertEqualsOracle(ours, expected);
        Rsi rsi = new Rsi(period);
        assertStreamingEquals(rsi, List.of(rsi::value), ours);
    }

    @ParameterizedTest(name = "MACD({0}, {1}, {2})")
    @CsvSource({"12, 26, 9", "5, 35, 5", "2, 3, 2"})
    void macd(int fast, int slow, int signal) {
        double[] macd = outputBuffer();
        double[] signalLine = outputBuffer();
        double[] histogram = outputBuffer();
        check(talib.macd(0, last(), bars.close(), fast, slow, signal, begIdx, nbElement, macd,
                signalLine, histogram));
        MacdSeries ours = Macd.compute(bars.close(), fast, slow, signal);
        assertEqualsOracle(ours.macd(), macd);
        assertEqualsOracle(ours.signal(), signalLine);
        assertEqualsOracle(ours.histogram(), histogram);
        Macd stream = new Macd(fast, slow, signal);
        assertStreamingEquals(stream, List.of(stream::macd, stream::signal, stream::histogram),
                ours.macd(), ours.signal(), ours.histogram());
    }

    @ParameterizedTest(name = "BBANDS({0}, {1})")
    @CsvSource({"20, 2.0", "10, 1.5", "5, 1.0"})
    void bollinger(int period, double k) {
        double[] upper = outputBuffer();
        double[] middle = outputBuffer();
        double[] lower = outputBuffer();
        check(talib.bbands(0, last(), bars.close(), period, k, k, MAType.Sma, begIdx, nbElement,
                upper, middle, lower));
        Bands ours = BollingerBands.compute(bars.close(), period, k);
        assertEqualsOracle(ours.upper(), upper);
        assertEqualsOracle(ours.middle(), middle);
        assertEqualsOracle(ours.lower(), lower);
        BollingerBands stream = new BollingerBands(period, k);
        assertStreamingEquals(stream, List.of(stream::upper, stream::middle, stream::lower),
                ours.upper(), ours.middle(), ours.lower());
    }

    @ParameterizedTest(name = "ATR({0})")
    @ValueSource(ints = {1, 5, 14})
    void atr(int period) {
        double[] expected = outputBuffer();
        check(talib.atr(0, last(), bars.high(), bars.low(), bars.close(), period, begIdx, nbElement,
                expected));
        double[] ours = Atr.compute(bars.high(), bars.low(), bars.close(), period);
        assertEqualsOracle(ours, expected);
        Atr atr = new Atr(period);
        assertStreamingEquals(atr, List.of(atr::value), ours);
    }

    @Test
    void compositePriceFieldsEqualTaLibPriceTransforms() {
        double[] median = outputBuffer();
        double[] typical = outputBuffer();
        double[] average = outputBuffer();
        check(talib.medPrice(0, last(), bars.high(), bars.low(), begIdx, nbElement, median));
        check(talib.typPrice(0, last(), bars.high(), bars.low(), bars.close(), begIdx, nbElement,
                typical));
        check(talib.avgPrice(0, last(), bars.open(), bars.high(), bars.low(), bars.close(), begIdx,
                nbElement, average));
        for (int i = 0; i < bars.size(); i++) {
            double o = bars.open()[i];
            double h = bars.high()[i];
            double l = bars.low()[i];
            double c = bars.close()[i];
            double v = bars.volume()[i];
            assertThat(PriceField.HL2.select(o, h, l, c, v)).isEqualTo(median[i]);
            assertThat(PriceField.HLC3.select(o, h, l, c, v)).isEqualTo(typical[i]);
            assertThat(PriceField.OHLC4.select(o, h, l, c, v)).isEqualTo(average[i]);
        }
    }

    private static int last() {
        return bars.size() - 1;
    }

    private static double[] outputBuffer() {
        return new double[bars.size()];
    }

    private static void check(RetCode code) {
        assertThat(code).isEqualTo(RetCode.Success);
    }

    /** NaN before TA-Lib's outBegIdx, TA-Lib's value (within 1e-9, relative above 1) after. */
    private void assertEqualsOracle(double[] ours, double[] talibOut) {
        int first = begIdx.value;
        assertThat(ours).hasSize(bars.size());
        assertThat(first + nbElement.value).isEqualTo(bars.size());
        assertThat(firstValidIndex(ours)).as("first valid index").isEqualTo(first);
        for (int i = first; i < ours.length; i++) {
            double expected = talibOut[i - first];
            if (!(Math.abs(ours[i] - expected) <= 1e-9 * Math.max(1.0, Math.abs(expected)))) {
                fail("index " + i + ": expected TA-Lib's " + expected + " but was " + ours[i]);
            }
        }
    }

    private static int firstValidIndex(double[] values) {
        int i = 0;
        while (i < values.length && Double.isNaN(values[i])) {
            i++;
        }
        return i;
    }

    /**
     * Feeds every bar and checks readiness starts at TA-Lib's outBegIdx and each output equals
     * the array form bit for bit (NaN included) after every bar.
     */
    private void assertStreamingEquals(
            BarIndicator indicator, List<DoubleSupplier> outputs, double[]... arrays) {
        int first = begIdx.value;
        assertThat(indicator.warmupPeriod()).as("warmupPeriod").isEqualTo(first + 1);
        for (int i = 0; i < bars.size(); i++) {
            bars.feed(indicator, i);
            if (indicator.isReady() != i >= first) {
                fail("isReady() was " + indicator.isReady() + " at index " + i + ", first valid " + first);
            }
            for (int j = 0; j < arrays.length; j++) {
                double streamed = outputs.get(j).getAsDouble();
                if (Double.doubleToLongBits(streamed) != Double.doubleToLongBits(arrays[j][i])) {
                    fail("output " + j + " at index " + i + ": streaming " + streamed + " != array "
                            + arrays[j][i]);
                }
            }
        }
    }
}
