package wave.indicators.window;

import wave.indicators.momentum.Cmo;
import wave.indicators.momentum.Rsi;
import wave.indicators.trend.Adx;
import wave.indicators.volatility.Atr;

/**
 * Wilder's average as TA-Lib seeds it: the plain mean of the first {@code period} inputs, then
 * {@code (avg * (period - 1) + x) / period} for each later one. Shared by {@link Atr},
 * {@link Adx} and, through {@link GainLossAverages}, {@link Rsi} and {@link Cmo}.
 */
public final class WilderAverage {
    private final int period;
    /** Inputs counted, saturating at {@code period}. */
    private int count;
    private double average;

    public WilderAverage(int period) {
        this.period = period;
    }

    /** Feeds the next input; true once {@link #value()} holds an average. */
    public boolean update(double x) {
        if (count == period) {
            average = TaMath.wilder(average, x, period);
            return true;
        }
        average += x;
        return seeded();
    }

    /**
     * Counts an input that has no value (as TA-Lib's ADX counts a bar without a DX): it adds
     * nothing to the seed sum and leaves a seeded average unchanged. True as {@link #update}.
     */
    public boolean skip() {
        return count == period || seeded();
    }

    private boolean seeded() {
        if (++count < period) {
            return false;
        }
        average /= period;
        return true;
    }

    /** The average; only meaningful once {@link #isReady()}. */
    public double value() {
        return average;
    }

    public boolean isReady() {
        return count == period;
    }

    public void reset() {
        count = 0;
        average = 0.0;
    }
}
