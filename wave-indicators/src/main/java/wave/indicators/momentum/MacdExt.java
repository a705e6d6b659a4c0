package wave.indicators.momentum;

import java.util.Objects;
import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.average.MaType;
import wave.indicators.window.AverageState;
import wave.indicators.window.TaMath;

/**
 * MACD with a moving average of any {@link MaType} for each of its three averages: the MACD line
 * ({@code MA(x, fast) - MA(x, slow)}), its signal line ({@code MA} of the MACD line) and the
 * histogram (MACD minus signal), as TA-Lib's {@code MACDEXT}.
 *
 * <p>Seeding follows TA-Lib's {@code MACDEXT}, which starts both averages so that they have
 * their first value at the same index {@code L = max(fastType.lookback(fast),
 * slowType.lookback(slow))}: the average with the shorter lookback is fed from index
 * {@code L - its lookback} on, not from the first input (for all-EMA this is {@link Macd}'s
 * seeding, and the outputs equal it). The signal average is fed the MACD line from index
 * {@code L} on. All three outputs become valid together at index
 * {@code L + signalType.lookback(signal)} (TA-Lib's {@code outBegIdx}), so the warm-up is that
 * plus one (34 for 12/26/9 with SMA or EMA everywhere).
 *
 * <p>{@code fast} and {@code slow} must be in [2, 100000] with {@code fast <= slow}, and
 * {@code signal} in [1, 100000] (1 passes the MACD line through, as TA-Lib's {@code MA} does).
 * TA-Lib silently swaps the periods (and types) when {@code fast > slow}; this class rejects it.
 * {@code fast == slow} is accepted, as in TA-Lib, for two different types.
 */
public final class MacdExt implements ValueIndicator {
    private final PriceField field;
    private final AverageState fastAverage;
    private final AverageState slowAverage;
    private final AverageState signalAverage;
    /** Index of the first input fed to the fast average. */
    private final int fastStart;
    /** Index of the first input fed to the slow average. */
    private final int slowStart;
    /** Index of the first input fed to the later-starting average. */
    private final int lateStart;
    private final int warmup;
    /** Values fed, saturating at {@code lateStart}. */
    private int count;
    private double macd = Double.NaN;
    private double signal = Double.NaN;
    private double histogram = Double.NaN;

    /** A MACDEXT of closing prices. */
    public MacdExt(int fast, MaType fastType, int slow, MaType slowType, int signal, MaType signalType) {
        this(fast, fastType, slow, slowType, signal, signalType, PriceField.CLOSE);
    }

    /** A MACDEXT of the given bar field. */
    public MacdExt(int fast, MaType fastType, int slow, MaType slowType, int signal, MaType signalType,
            PriceField field) {
        check(fast, fastType, slow, slowType, signal, signalType);
        this.field = Objects.requireNonNull(field, "field");
        int fastLookback = fastType.lookback(fast);
        int slowLookback = slowType.lookback(slow);
        int lineStart = Math.max(fastLookback, slowLookback);
        this.fastStart = lineStart - fastLookback;
        this.slowStart = lineStart - slowLookback;
        this.lateStart = Math.max(fastStart, slowStart);
        this.warmup = lineStart + signalType.lookback(signal) + 1;
        this.fastAverage = fastType.state(fast);
        this.slowAverage = slowType.state(slow);
        this.signalAverage = signalType.state(signal);
    }

    private static void check(int fast, MaType fastType, int slow, MaType slowType, int signal,
            MaType signalType) {
        TaMath.period("fast", fast, 2);
        TaMath.period("slow", slow, 2);
        TaMath.period("signal", signal, 1);
        if (fast > slow) {
            throw new IllegalArgumentException(
                    "fast must be <= slow, was fast=" + fast + ", slow=" + slow);
        }
        Objects.requireNonNull(fastType, "fastType");
        Objects.requireNonNull(slowType, "slowType");
        Objects.requireNonNull(signalType, "signalType");
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        boolean fastReady = false;
        boolean slowReady = false;
        if (count >= fastStart) {
            fastReady = fastAverage.update(x);
        }
        if (count >= slowStart) {
            slowReady = slowAverage.update(x);
        }
        if (count < lateStart) {
            count++;
        }
        if (!(fastReady && slowReady)) {
            return;
        }
        double line = fastAverage.value() - slowAverage.value();
        if (!signalAverage.update(line)) {
            return;
        }
        double signalValue = signalAverage.value();
        macd = line;
        signal = signalValue;
        histogram = line - signalValue;
    }

    /** The MACD line, or NaN before {@link #isReady()}. */
    public double macd() {
        return macd;
    }

    /** The signal line, or NaN before {@link #isReady()}. */
    public double signal() {
        return signal;
    }

    /** The histogram (MACD minus signal), or NaN before {@link #isReady()}. */
    public double histogram() {
        return histogram;
    }

    @Override
    public PriceField field() {
        return field;
    }

    @Override
    public boolean isReady() {
        return signalAverage.isReady();
    }

    /** {@code max(fastType.lookback(fast), slowType.lookback(slow)) + signalType.lookback(signal) + 1}. */
    @Override
    public int warmupPeriod() {
        return warmup;
    }

    @Override
    public void reset() {
        fastAverage.reset();
        slowAverage.reset();
        signalAverage.reset();
        count = 0;
        macd = Double.NaN;
        signal = Double.NaN;
        histogram = Double.NaN;
    }

    /**
     * The MACDEXT of a whole series, equal bit for bit to feeding {@code values} to
     * {@link #update}.
     *
     * @return three arrays as long as {@code values}, NaN before index {@code warmupPeriod() - 1}
     */
    public static MacdSeries compute(double[] values, int fast, MaType fastType, int slow, MaType slowType,
            int signal, MaType signalType) {
        MacdExt macdExt = new MacdExt(fast, fastType, slow, slowType, signal, signalType);
        int n = values.length;
        double[] macd = new double[n];
        double[] signalLine = new double[n];
        double[] histogram = new double[n];
        for (int i = 0; i < n; i++) {
            macdExt.update(values[i]);
            macd[i] = macdExt.macd;
            signalLine[i] = macdExt.signal;
            histogram[i] = macdExt.histogram;
        }
        return new MacdSeries(macd, signalLine, histogram);
    }
}
