package wave.indicators.momentum;

import wave.indicators.BarIndicator;
import wave.indicators.PriceField;
import wave.indicators.average.MaType;
import wave.indicators.average.Sma;
import wave.indicators.window.AveragePair;
import wave.indicators.window.TaMath;

/**
 * Awesome oscillator (Bill Williams): {@code SMA(median price, fast) - SMA(median price, slow)}
 * with median price {@code (high + low) / 2}, in price units.
 *
 * <p>Not in TA-Lib; Williams' definition uses 5 and 34 bars. Each SMA is TA-Lib's (running sum
 * in {@link Sma}'s order) of {@link PriceField#HL2}. Warm-up: {@code slow} bars, first valid
 * index {@code slow - 1}. Both periods must be in [2, 100000] with {@code fast < slow}.
 */
public final class AwesomeOscillator implements BarIndicator {
    private final int slow;
    private final AveragePair averages;
    private double value = Double.NaN;

    /** Williams' awesome oscillator, 5 and 34 bars. */
    public AwesomeOscillator() {
        this(5, 34);
    }

    /** An awesome oscillator with the given fast and slow periods. */
    public AwesomeOscillator(int fast, int slow) {
        TaMath.fastSlow(fast, slow);
        this.slow = slow;
        this.averages = new AveragePair(MaType.SMA, fast, slow);
    }

    /** Feeds the next bar. */
    public void update(double high, double low) {
        if (averages.update((high + low) / 2)) {
            value = averages.fast() - averages.slow();
        }
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low);
    }

    /** The current oscillator, in price units, or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return averages.isReady();
    }

    @Override
    public int warmupPeriod() {
        return slow;
    }

    @Override
    public void reset() {
        averages.reset();
        value = Double.NaN;
    }

    /**
     * The awesome oscillator of a whole series, equal bit for bit to feeding the bars to
     * {@link #update}.
     *
     * @return an array as long as the inputs, NaN before index {@code slow - 1}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double[] compute(double[] high, double[] low, int fast, int slow) {
        TaMath.fastSlow(fast, slow);
        int n = TaMath.sameLength("high and low", high, low);
        double[] out = TaMath.nans(n);
        AveragePair averages = new AveragePair(MaType.SMA, fast, slow);
        for (int i = 0; i < n; i++) {
            if (averages.update((high[i] + low[i]) / 2)) {
                out[i] = averages.fast() - averages.slow();
            }
        }
        return out;
    }
}
