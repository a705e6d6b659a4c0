package wave.indicators.trend;

import wave.indicators.BarIndicator;
import wave.indicators.window.RollingRange;
import wave.indicators.window.TaMath;

/**
 * Aroon (Chande): {@code up = 100 * (period - bars since the highest high) / period} and
 * {@code down} the same for the lowest low, over the last {@code period + 1} bars; the
 * oscillator is {@code up - down}.
 *
 * <p>Equal to TA-Lib's {@code AROON} and {@code AROONOSC}: the window holds {@code period + 1}
 * bars, the most recent of equal extremes counts, and the values are computed as
 * {@code (100 / period) * (period - age)} and {@code (100 / period) * (lowest age - highest
 * age)}. Warm-up: {@code period + 1} bars, first valid index {@code period}. The period must be
 * in [2, 100000] as in TA-Lib.
 */
public final class Aroon implements BarIndicator {
    private final int period;
    private final double factor;
    /** The last {@code period + 1} bars. */
    private final RollingRange range;
    private double up = Double.NaN;
    private double down = Double.NaN;
    private double oscillator = Double.NaN;

    /** Aroon over {@code period} bars (commonly 14 or 25). */
    public Aroon(int period) {
        this.period = TaMath.period("period", period, 2);
        this.factor = 100.0 / period;
        this.range = new RollingRange(period + 1);
    }

    /** Feeds the next bar. */
    public void update(double high, double low) {
        if (range.update(high, low)) {
            int highAge = range.highestAge();
            int lowAge = range.lowestAge();
            up = factor * (period - highAge);
            down = factor * (period - lowAge);
            oscillator = factor * (lowAge - highAge);
        }
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(high, low);
    }

    /** Aroon up in [0, 100], or NaN before {@link #isReady()}. */
    public double up() {
        return up;
    }

    /** Aroon down in [0, 100], or NaN before {@link #isReady()}. */
    public double down() {
        return down;
    }

    /** Aroon up minus Aroon down, in [-100, 100], or NaN before {@link #isReady()}. */
    public double oscillator() {
        return oscillator;
    }

    @Override
    public boolean isReady() {
        return range.isFull();
    }

    @Override
    public int warmupPeriod() {
        return period + 1;
    }

    @Override
    public void reset() {
        range.reset();
        up = Double.NaN;
        down = Double.NaN;
        oscillator = Double.NaN;
    }

    /**
     * Aroon of a whole series, equal bit for bit to feeding the bars to {@link #update}.
     *
     * @return up, down and oscillator, as long as the inputs, NaN before index {@code period}
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static AroonSeries compute(double[] high, double[] low, int period) {
        TaMath.period("period", period, 2);
        int n = TaMath.sameLength("high and low", high, low);
        double factor = 100.0 / period;
        double[] up = TaMath.nans(n);
        double[] down = TaMath.nans(n);
        double[] oscillator = TaMath.nans(n);
        for (int t = period; t < n; t++) {
            int highIndex = t - period;
            int lowIndex = t - period;
            for (int i = t - period + 1; i <= t; i++) {
                if (high[i] >= high[highIndex]) {
                    highIndex = i;
                }
                if (low[i] <= low[lowIndex]) {
                    lowIndex = i;
                }
            }
            up[t] = factor * (period - (t - highIndex));
            down[t] = factor * (period - (t - lowIndex));
            oscillator[t] = factor * (highIndex - lowIndex);
        }
        return new AroonSeries(up, down, oscillator);
    }
}
