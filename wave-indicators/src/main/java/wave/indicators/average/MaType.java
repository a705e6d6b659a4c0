package wave.indicators.average;

import wave.indicators.momentum.Apo;
import wave.indicators.momentum.MacdExt;
import wave.indicators.momentum.Ppo;
import wave.indicators.window.AverageState;
import wave.indicators.window.IndicatorAverage;
import wave.indicators.window.SeededEma;
import wave.indicators.window.SmaState;
import wave.indicators.window.WmaState;

/**
 * The moving average an oscillator such as {@link Apo}, {@link Ppo} or {@link MacdExt} smooths
 * with, as TA-Lib's {@code MAType}: each average is computed on its own from the first input it
 * is fed, with the formula and seeding of the indicator class of the same name.
 *
 * <p>As TA-Lib's {@code MA}, a period of 1 passes inputs through whatever the type (lookback 0);
 * {@link #T3} uses TA-Lib's fixed volume factor 0.7 and {@link #KAMA} its fixed fast (2) and slow
 * (30) constants. TA-Lib's {@code MAMA} has no counterpart here.
 */
public enum MaType {
    /** The simple moving average, TA-Lib's {@code SMA} (TA-Lib's default for APO and PPO). */
    SMA,
    /** The exponential moving average seeded with a simple average, TA-Lib's {@code EMA}. */
    EMA,
    /** The linearly weighted moving average, TA-Lib's {@code WMA} ({@link Wma}). */
    WMA,
    /** The double exponential moving average, TA-Lib's {@code DEMA} ({@link Dema}). */
    DEMA,
    /** The triple exponential moving average, TA-Lib's {@code TEMA} ({@link Tema}). */
    TEMA,
    /** The triangular moving average, TA-Lib's {@code TRIMA} ({@link Trima}). */
    TRIMA,
    /** Kaufman's adaptive moving average, TA-Lib's {@code KAMA} ({@link Kama}). */
    KAMA,
    /** Tillson's T3 with volume factor 0.7, TA-Lib's {@code T3} as {@code MA} calls it ({@link T3}). */
    T3;

    /** TA-Lib's volume factor for a T3 selected through {@code MA}. */
    static final double T3_VFACTOR = 0.7;

    /**
     * TA-Lib's lookback of this average over {@code period} ({@code TA_MA_Lookback}): the index of
     * its first value, one less than its warm-up. 0 for period 1, which passes inputs through.
     *
     * @param period the averaging period, at least 1
     */
    public int lookback(int period) {
        if (period <= 1) {
            return 0;
        }
        return switch (this) {
            case SMA, EMA, WMA, TRIMA -> period - 1;
            case DEMA -> 2 * (period - 1);
            case TEMA -> 3 * (period - 1);
            case KAMA -> period;
            case T3 -> 6 * (period - 1);
        };
    }

    /** The number of inputs before this average over {@code period} has a value: {@code lookback(period) + 1}. */
    public int warmupPeriod(int period) {
        return lookback(period) + 1;
    }

    /** A streaming average of this type over {@code period} (1 passes inputs through). */
    public AverageState state(int period) {
        if (period == 1 && this != SMA && this != EMA) {
            return new SmaState(1);
        }
        return switch (this) {
            case SMA -> new SmaState(period);
            case EMA -> new SeededEma(period);
            case WMA -> new WmaState(period);
            case DEMA -> {
                Dema dema = new Dema(period);
                yield new IndicatorAverage(dema, dema::value);
            }
            case TEMA -> {
                Tema tema = new Tema(period);
                yield new IndicatorAverage(tema, tema::value);
            }
            case TRIMA -> {
                Trima trima = new Trima(period);
                yield new IndicatorAverage(trima, trima::value);
            }
            case KAMA -> {
                Kama kama = new Kama(period);
                yield new IndicatorAverage(kama, kama::value);
            }
            case T3 -> {
                T3 t3 = new T3(period, T3_VFACTOR);
                yield new IndicatorAverage(t3, t3::value);
            }
        };
    }
}
