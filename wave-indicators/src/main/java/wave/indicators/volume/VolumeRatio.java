package wave.indicators.volume;

import wave.indicators.BarIndicator;
import wave.indicators.window.SmaState;
import wave.indicators.window.TaMath;

/**
 * Volume ratio (relative volume): the bar's volume divided by the average volume of the
 * {@code period} bars before it, so 2 means twice the usual volume.
 *
 * <p>Not in TA-Lib; the average is TA-Lib's {@code SMA} of the volume as of the previous bar
 * (the current bar is left out so a spike does not dampen itself). The ratio is 0 when that
 * average is 0. Warm-up: {@code period + 1} bars, first valid index {@code period}. The period
 * must be in [1, 100000] (commonly 20).
 */
public final class VolumeRatio implements BarIndicator {
    private final int period;
    private final SmaState average;
    private double previousAverage = Double.NaN;
    private boolean ready;
    private double value = Double.NaN;

    /** A volume ratio against the average of the previous {@code period} bars. */
    public VolumeRatio(int period) {
        this.period = TaMath.period("period", period, 1);
        this.average = new SmaState(period);
    }

    /** Feeds the next bar's volume. */
    public void update(double volume) {
        if (average.isReady()) {
            value = ratio(volume, previousAverage);
            ready = true;
        }
        average.update(volume);
        previousAverage = average.value();
    }

    private static double ratio(double volume, double average) {
        return average != 0.0 ? volume / average : 0.0;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(volume);
    }

    /** The current ratio, or NaN before {@link #isReady()}. */
    public double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return ready;
    }

    @Override
    public int warmupPeriod() {
        return period + 1;
    }

    @Override
    public void reset() {
        average.reset();
        previousAverage = Double.NaN;
        ready = false;
        value = Double.NaN;
    }

    /**
     * The volume ratio of a whole series, equal bit for bit to feeding it to {@link #update}.
     *
     * @return an array as long as {@code volume}, NaN before index {@code period}
     */
    public static double[] compute(double[] volume, int period) {
        TaMath.period("period", period, 1);
        double[] average = TaMath.smaFrom(volume, 0, period);
        double[] out = TaMath.nans(volume.length);
        for (int i = period; i < volume.length; i++) {
            out[i] = ratio(volume[i], average[i - 1]);
        }
        return out;
    }
}
