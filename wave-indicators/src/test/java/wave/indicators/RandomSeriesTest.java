package wave.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import wave.indicators.average.Ema;
import wave.indicators.average.Sma;
import wave.indicators.momentum.Macd;
import wave.indicators.momentum.MacdSeries;
import wave.indicators.momentum.Rsi;
import wave.indicators.volatility.Atr;
import wave.indicators.volatility.Bands;
import wave.indicators.volatility.BollingerBands;

/**
 * Seeded random short series drawn from a coarse price grid, so they hold plateaus, flat runs
 * (RSI's and Bollinger's zero branches) and series shorter than the warm-up: the streaming form
 * equals the array form bit for bit, and the array form equals TA-Lib exactly.
 */
class RandomSeriesTest {
    private static final int CASES = 300;
    private final Random random = new Random(20240601L);
    private final Core talib = new Core();
    private final MInteger begIdx = new MInteger();
    private final MInteger nbElement = new MInteger();

    @Test
    void sma() {
        for (int c = 0; c < CASES; c++) {
            double[] x = series();
            int period = 2 + random.nextInt(12);
            double[] expected = new double[x.length];
            run(x.length, () -> talib.sma(0, x.length - 1, x, period, begIdx, nbElement, expected));
            double[] ours = Sma.compute(x, period);
            assertEqualsOracle(ours, expected);
            Sma sma = new Sma(period);
            assertStreamingEquals(x.length, i -> sma.update(x[i]), sma, List.of(sma::value), ours);
        }
    }

    @Test
    void ema() {
        for (int c = 0; c < CASES; c++) {
            double[] x = series();
            int period = 2 + random.nextInt(12);
            double[] expected = new double[x.length];
            run(x.length, () -> talib.ema(0, x.length - 1, x, period, begIdx, nbElement, expected));
            double[] ours = Ema.compute(x, period);
            assertEqualsOracle(ours, expected);
            Ema ema = new Ema(period);
            assertStreamingEquals(x.length, i -> ema.update(x[i]), ema, List.of(ema::value), ours);
        }
    }

    @Test
    void rsi() {
        for (int c = 0; c < CASES; c++) {
            double[] x = series();
            int period = 2 + random.nextInt(12);
            double[] expected = new double[x.length];
            run(x.length, () -> talib.rsi(0, x.length - 1, x, period, begIdx, nbElement, expected));
            double[] ours = Rsi.compute(x, period);
            assertEqualsOracle(ours, expected);
            Rsi rsi = new Rsi(period);
            assertStreamingEquals(x.length, i -> rsi.update(x[i]), rsi, List.of(rsi::value), ours);
        }
    }

    @Test
    void macd() {
        for (int c = 0; c < CASES; c++) {
            double[] x = series();
            int fast = 2 + random.nextInt(6);
            int slow = fast + 1 + random.nextInt(10);
            int signal = 2 + random.nextInt(6);
            double[] macd = new double[x.length];
            double[] signalLine = new double[x.length];
            double[] histogram = new double[x.length];
            run(x.length, () -> talib.macd(0, x.length - 1, x, fast, slow, signal, begIdx, nbElement,
                    macd, signalLine, histogram));
            MacdSeries ours = Macd.compute(x, fast, slow, signal);
            assertEqualsOracle(ours.macd(), macd);
            assertEqualsOracle(ours.signal(), signalLine);
            assertEqualsOracle(ours.histogram(), histogram);
            Macd stream = new Macd(fast, slow, signal);
            assertStreamingEquals(x.length, i -> stream.update(x[i]), stream,
                    List.of(stream::macd, stream::signal, stream::histogram),
                    ours.macd(), ours.signal(), ours.histogram());
        }
    }

    @Test
    void bollinger() {
        for (int c = 0; c < CASES; c++) {
            double[] x = series();
            int period = 2 + random.nextInt(12);
            double k = random.nextInt(7) * 0.5;
            double[] upper = new double[x.length];
            double[] middle = new double[x.length];
            double[] lower = new double[x.length];
            run(x.length, () -> talib.bbands(0, x.length - 1, x, period, k, k, MAType.Sma, begIdx,
                    nbElement, upper, middle, lower));
            Bands ours = BollingerBands.compute(x, period, k);
            assertEqualsOracle(ours.upper(), upper);
            assertEqualsOracle(ours.middle(), middle);
            assertEqualsOracle(ours.lower(), lower);
            BollingerBands stream = new BollingerBands(period, k);
            assertStreamingEquals(x.length, i -> stream.update(x[i]), stream,
                    List.of(stream::upper, stream::middle, stream::lower),
                    ours.upper(), ours.middle(), ours.lower());
        }
    }

    @Test
    void atr() {
        for (int c = 0; c < CASES; c++) {
            double[] close = series();
            double[] high = new double[close.length];
            double[] low = new double[close.length];
            for (int i = 0; i < close.length; i++) {
                high[i] = close[i] + random.nextInt(3) * 0.25;
                low[i] = close[i] - random.nextInt(3) * 0.25;
            }
            int period = 1 + random.nextInt(12);
            double[] expected = new double[close.length];
            run(close.length, () -> talib.atr(0, close.length - 1, high, low, close, period, begIdx,
                    nbElement, expected));
            double[] ours = Atr.compute(high, low, close, period);
            assertEqualsOracle(ours, expected);
            Atr atr = new Atr(period);
            assertStreamingEquals(close.length, i -> atr.update(high[i], low[i], close[i]), atr,
                    List.of(atr::value), ours);
        }
    }

    /** 0 to 80 values on a 0.5 grid around 100; one series in five is flat. */
    private double[] series() {
        double[] x = new double[random.nextInt(81)];
        boolean flat = random.nextInt(5) == 0;
        for (int i = 0; i < x.length; i++) {
            x[i] = flat ? 100.0 : 100.0 + random.nextInt(7) * 0.5;
        }
        return x;
    }

    /** Runs TA-Lib, which rejects empty input; an empty input has no output. */
    private void run(int length, Supplier<RetCode> call) {
        if (length == 0) {
            begIdx.value = 0;
            nbElement.value = 0;
            return;
        }
        assertThat(call.get()).isEqualTo(RetCode.Success);
    }

    private void assertEqualsOracle(double[] ours, double[] talibOut) {
        int first = nbElement.value == 0 ? ours.length : begIdx.value;
        for (int i = 0; i < ours.length; i++) {
            double expected = i < first ? Double.NaN : talibOut[i - first];
            if (Double.doubleToLongBits(ours[i]) != Double.doubleToLongBits(expected)) {
                fail("index " + i + ": expected " + expected + " but was " + ours[i] + " for "
                        + Arrays.toString(talibOut));
            }
        }
    }

    /** Feeds bars {@code 0..length-1} and compares every output after every bar. */
    private static void assertStreamingEquals(int length, IntConsumer feed, BarIndicator indicator,
            List<DoubleSupplier> outputs, double[]... arrays) {
        for (int i = 0; i < length; i++) {
            feed.accept(i);
            assertThat(indicator.isReady()).isEqualTo(i + 1 >= indicator.warmupPeriod());
            for (int j = 0; j < arrays.length; j++) {
                assertThat(Double.doubleToLongBits(outputs.get(j).getAsDouble()))
                        .as("output %d at index %d", j, i)
                        .isEqualTo(Double.doubleToLongBits(arrays[j][i]));
            }
        }
    }
}
