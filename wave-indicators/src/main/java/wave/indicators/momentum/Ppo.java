package wave.indicators.momentum;

import wave.indicators.PriceField;
import wave.indicators.average.MaType;
import wave.indicators.window.AverageSpreadOscillator;
import wave.indicators.window.TaMath;

/**
 * Percentage price oscillator: {@code 100 * (MA(x, fast) - MA(x, slow)) / MA(x, slow)}.
 *
 * <p>Equal to TA-Lib's {@code PPO} with the same {@link MaType} (TA-Lib's defaults: 12, 26 and
 * SMA; {@link MaType#EMA} gives the usual exponential form; every other {@link MaType} too),
 * each average computed on its own from the first value on (unlike {@link Macd}, whose fast EMA TA-Lib seeds later).
 * The value is 0 when the slow average is within 1e-8 of 0, as in TA-Lib. Warm-up:
 * {@code type.warmupPeriod(slow)} values ({@code slow} for SMA and EMA), first valid index
 * {@code type.lookback(slow)} ({@code slow - 1} for SMA and EMA). Both periods must be in [2, 100000]
 * with {@code fast < slow}; TA-Lib silently swaps {@code fast > slow}, this class rejects it.
 */
public final class Ppo extends AverageSpreadOscillator {
    /** An PPO of closing prices. */
    public Ppo(int fast, int slow, MaType type) {
        this(fast, slow, type, PriceField.CLOSE);
    }

    /** An PPO of the given bar field. */
    public Ppo(int fast, int slow, MaType type, PriceField field) {
        super(fast, slow, type, field);
    }

    /** The oscillator from the two averages, in percent. */
    @Override
    protected double combine(double fastMa, double slowMa) {
        return ppo(fastMa, slowMa);
    }

    private static double ppo(double fastMa, double slowMa) {
        return TaMath.ppo(fastMa, slowMa);
    }

    /**
     * The PPO of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code type.lookback(slow)}
     */
    public static double[] compute(double[] values, int fast, int slow, MaType type) {
        return compute(values, fast, slow, type, Ppo::ppo);
    }
}
