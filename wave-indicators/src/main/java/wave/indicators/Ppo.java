package wave.indicators;

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
public final class Ppo implements ValueIndicator {
    private final int slow;
    private final MaType type;
    private final PriceField field;
    private final AveragePair averages;
    private double value = Double.NaN;

    /** A PPO of closing prices. */
    public Ppo(int fast, int slow, MaType type) {
        this(fast, slow, type, PriceField.CLOSE);
    }

    /** A PPO of the given bar field. */
    public Ppo(int fast, int slow, MaType type, PriceField field) {
        TaMath.fastSlow(fast, slow);
        this.slow = slow;
        this.type = type;
        this.field = field;
        this.averages = new AveragePair(type, fast, slow);
    }

    /** Feeds the next value. */
    @Override
    public void update(double x) {
        if (averages.update(x)) {
            value = TaMath.ppo(averages.fast(), averages.slow());
        }
    }

    @Override
    public PriceField field() {
        return field;
    }

    /** The current oscillator, in percent, or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return averages.isReady();
    }

    @Override
    public int warmupPeriod() {
        return type.warmupPeriod(slow);
    }

    @Override
    public void reset() {
        averages.reset();
        value = Double.NaN;
    }

    /**
     * The PPO of a whole series, equal bit for bit to feeding {@code values} to {@link #update}.
     *
     * @return an array as long as {@code values}, NaN before index {@code type.lookback(slow)}
     */
    public static double[] compute(double[] values, int fast, int slow, MaType type) {
        TaMath.fastSlow(fast, slow);
        double[] out = TaMath.nans(values.length);
        AveragePair averages = new AveragePair(type, fast, slow);
        for (int i = 0; i < values.length; i++) {
            if (averages.update(values[i])) {
                out[i] = TaMath.ppo(averages.fast(), averages.slow());
            }
        }
        return out;
    }
}
