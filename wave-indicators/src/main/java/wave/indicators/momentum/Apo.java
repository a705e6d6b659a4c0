package wave.indicators.momentum;

import wave.indicators.PriceField;
import wave.indicators.average.MaType;
import wave.indicators.window.AverageSpreadOscillator;

/**
 * Absolute price oscillator: {@code MA(x, fast) - MA(x, slow)}, in the input's units.
 *
 * <p>Equal to TA-Lib's {@code APO} with the same {@link MaType} (TA-Lib's defaults: 12, 26 and
 * SMA; {@link MaType#EMA} gives the usual exponential form; every other {@link MaType} too),
 * each average computed on its own from the first value on (unlike {@link Macd}, whose fast EMA
 * TA-Lib seeds later). Warm-up:
 * {@code type.warmupPeriod(slow)} values ({@code slow} for SMA and EMA), first valid index
 * {@code type.lookback(slow)} ({@code slow - 1} for SMA and EMA). Both periods must be in [2, 100000]
 * with {@code fast < slow}; TA-Lib silently swaps {@code fast > slow}, this class rejects it.
 */
public final class Apo extends AverageSpreadOscillator {
    /** An APO of closing prices. */
    public Apo(int fast, int slow, MaType type) {
        this(fast, slow, type, PriceField.CLOSE);
    }

    /** An APO of the given bar field. */
    public Apo(int fast, int slow, MaType type, PriceField field) {
        super(fast, slow, type, field);
    }

    /** The oscillator from the two averages, in the input's units. */
    @Override
    protected double combine(double fastMa, double slowMa) {
        return apo(fastMa, slowMa);
    }

    private static double apo(double fastMa, double slowMa) {
        return fastMa - slowMa;
    }

    /**
     * The APO of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code type.lookback(slow)}
     */
    public static double[] compute(double[] values, int fast, int slow, MaType type) {
        return compute(values, fast, slow, type, Apo::apo);
    }
}
