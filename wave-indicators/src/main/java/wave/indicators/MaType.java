package wave.indicators;

/**
 * The moving average an oscillator such as {@link Apo} or {@link Ppo} smooths with, as TA-Lib's
 * {@code MAType}: each average is computed on its own from the first input on.
 */
public enum MaType {
    /** The simple moving average, TA-Lib's {@code SMA} (TA-Lib's default for APO and PPO). */
    SMA,
    /** The exponential moving average seeded with a simple average, TA-Lib's {@code EMA}. */
    EMA;

    AverageState state(int period) {
        return this == SMA ? new SmaState(period) : new SeededEma(period);
    }
}
