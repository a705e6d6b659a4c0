package wave.bench;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import wave.data.synth.SyntheticMarket;
import wave.data.synth.SyntheticMarketConfig;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.indicators.average.Ema;
import wave.indicators.average.Sma;
import wave.indicators.momentum.Macd;
import wave.indicators.momentum.MacdSeries;
import wave.indicators.momentum.Rsi;
import wave.indicators.volatility.Atr;
import wave.indicators.volatility.Bands;
import wave.indicators.volatility.BollingerBands;

/**
 * Wave's indicators over 1,000,000 values, three ways each:
 *
 * <ul>
 *   <li>{@code *Streaming}: a fresh indicator fed value by value with {@code update}, each output written to a
 *       preallocated array (what a strategy does bar by bar);</li>
 *   <li>{@code *Compute}: the static array form ({@code Sma.compute} etc.) writing into preallocated arrays, as the TA-Lib calls do;</li>
 *   <li>{@code *TaLib}: TA-Lib's Java port ({@code com.tictactec:ta-lib} 0.4.0) into preallocated arrays.</li>
 * </ul>
 *
 * <p>Periods: SMA 30, EMA 30, RSI 14, ATR 14, MACD 12/26/9, Bollinger 20 x 2. Input: the closes (and highs and
 * lows for ATR) of 1,000,000 synthetic one-minute bars. Scores are per input value
 * ({@link OperationsPerInvocation}), so they read as ns per value; {@code gc.alloc.rate.norm} is bytes per value.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(IndicatorBenchmark.N)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Thread)
public class IndicatorBenchmark {
    /** Values per invocation. */
    public static final int N = 1_000_000;
    private static final int SMA = 30;
    private static final int EMA = 30;
    private static final int RSI = 14;
    private static final int ATR = 14;
    private static final int MACD_FAST = 12;
    private static final int MACD_SLOW = 26;
    private static final int MACD_SIGNAL = 9;
    private static final int BB = 20;
    private static final double BB_K = 2.0;

    double[] high;
    double[] low;
    double[] close;
    double[] out1;
    double[] out2;
    double[] out3;
    MacdSeries macdOut;
    Bands bandsOut;
    final Core talib = new Core();
    final MInteger begIdx = new MInteger();
    final MInteger nbElement = new MInteger();

    @Setup(Level.Trial)
    public void generate() {
        BarSeries series = SyntheticMarket.generate(SyntheticMarketConfig.defaults(1, List.of(InstrumentId.of("BENCH")), N,
                BarSpec.MINUTE_1)).series().getFirst();
        high = series.highs();
        low = series.lows();
        close = series.closes();
        out1 = new double[N];
        out2 = new double[N];
        out3 = new double[N];
        macdOut = new MacdSeries(out1, out2, out3);
        bandsOut = new Bands(out1, out2, out3);
        crossCheck();
    }

    // ---- SMA(30)

    @Benchmark
    public double[] smaStreaming() {
        Sma sma = new Sma(SMA);
        double[] in = close;
        double[] out = out1;
        for (int i = 0; i < in.length; i++) {
            sma.update(in[i]);
            out[i] = sma.value();
        }
        return out;
    }

    @Benchmark
    public double[] smaCompute() {
        return Sma.compute(close, SMA, out1);
    }

    @Benchmark
    public double[] smaTaLib() {
        check(talib.sma(0, N - 1, close, SMA, begIdx, nbElement, out1));
        return out1;
    }

    // ---- EMA(30)

    @Benchmark
    public double[] emaStreaming() {
        Ema ema = new Ema(EMA);
        double[] in = close;
        double[] out = out1;
        for (int i = 0; i < in.length; i++) {
            ema.update(in[i]);
            out[i] = ema.value();
        }
        return out;
    }

    @Benchmark
    public double[] emaCompute() {
        return Ema.compute(close, EMA, out1);
    }

    @Benchmark
    public double[] emaTaLib() {
        check(talib.ema(0, N - 1, close, EMA, begIdx, nbElement, out1));
        return out1;
    }

    // ---- RSI(14)

    @Benchmark
    public double[] rsiStreaming() {
        Rsi rsi = new Rsi(RSI);
        double[] in = close;
        double[] out = out1;
        for (int i = 0; i < in.length; i++) {
            rsi.update(in[i]);
            out[i] = rsi.value();
        }
        return out;
    }

    @Benchmark
    public double[] rsiCompute() {
        return Rsi.compute(close, RSI, out1);
    }

    @Benchmark
    public double[] rsiTaLib() {
        check(talib.rsi(0, N - 1, close, RSI, begIdx, nbElement, out1));
        return out1;
    }

    // ---- ATR(14)

    @Benchmark
    public double[] atrStreaming() {
        Atr atr = new Atr(ATR);
        double[] h = high;
        double[] l = low;
        double[] c = close;
        double[] out = out1;
        for (int i = 0; i < c.length; i++) {
            atr.update(h[i], l[i], c[i]);
            out[i] = atr.value();
        }
        return out;
    }

    @Benchmark
    public double[] atrCompute() {
        return Atr.compute(high, low, close, ATR, out1);
    }

    @Benchmark
    public double[] atrTaLib() {
        check(talib.atr(0, N - 1, high, low, close, ATR, begIdx, nbElement, out1));
        return out1;
    }

    // ---- MACD(12, 26, 9)

    @Benchmark
    public double[] macdStreaming() {
        Macd macd = new Macd(MACD_FAST, MACD_SLOW, MACD_SIGNAL);
        double[] in = close;
        double[] m = out1;
        double[] s = out2;
        double[] h = out3;
        for (int i = 0; i < in.length; i++) {
            macd.update(in[i]);
            m[i] = macd.macd();
            s[i] = macd.signal();
            h[i] = macd.histogram();
        }
        return h;
    }

    @Benchmark
    public MacdSeries macdCompute() {
        return Macd.compute(close, MACD_FAST, MACD_SLOW, MACD_SIGNAL, macdOut);
    }

    @Benchmark
    public double[] macdTaLib() {
        check(talib.macd(0, N - 1, close, MACD_FAST, MACD_SLOW, MACD_SIGNAL, begIdx, nbElement, out1, out2, out3));
        return out3;
    }

    // ---- Bollinger Bands(20, 2)

    @Benchmark
    public double[] bollingerStreaming() {
        BollingerBands bands = new BollingerBands(BB, BB_K);
        double[] in = close;
        double[] u = out1;
        double[] m = out2;
        double[] l = out3;
        for (int i = 0; i < in.length; i++) {
            bands.update(in[i]);
            u[i] = bands.upper();
            m[i] = bands.middle();
            l[i] = bands.lower();
        }
        return l;
    }

    @Benchmark
    public Bands bollingerCompute() {
        return BollingerBands.compute(close, BB, BB_K, bandsOut);
    }

    @Benchmark
    public double[] bollingerTaLib() {
        check(talib.bbands(0, N - 1, close, BB, BB_K, BB_K, MAType.Sma, begIdx, nbElement, out1, out2, out3));
        return out3;
    }

    private static void check(RetCode code) {
        if (code != RetCode.Success) {
            throw new IllegalStateException("TA-Lib returned " + code);
        }
    }

    /**
     * Makes sure the three forms of each indicator do the same work: the last value of the streaming form, the
     * array form and TA-Lib must agree, or the comparison is meaningless.
     */
    private void crossCheck() {
        agree("SMA", last(smaStreaming()), last(smaCompute()), lastTaLib(smaTaLib()));
        agree("EMA", last(emaStreaming()), last(emaCompute()), lastTaLib(emaTaLib()));
        agree("RSI", last(rsiStreaming()), last(rsiCompute()), lastTaLib(rsiTaLib()));
        agree("ATR", last(atrStreaming()), last(atrCompute()), lastTaLib(atrTaLib()));
        agree("MACD", last(macdStreaming()), last(macdCompute().histogram()), lastTaLib(macdTaLib()));
        agree("BBANDS", last(bollingerStreaming()), last(bollingerCompute().lower()), lastTaLib(bollingerTaLib()));
    }

    private static double last(double[] values) {
        return values[values.length - 1];
    }

    private double lastTaLib(double[] out) {
        return out[nbElement.value - 1];
    }

    private static void agree(String name, double streaming, double compute, double taLib) {
        double tolerance = 1e-9 * Math.max(1, Math.abs(taLib));
        if (!(Math.abs(streaming - taLib) <= tolerance) || !(Math.abs(compute - taLib) <= tolerance)) {
            throw new IllegalStateException(name + " disagrees: streaming " + streaming + ", compute " + compute + ", TA-Lib " + taLib);
        }
    }
}
