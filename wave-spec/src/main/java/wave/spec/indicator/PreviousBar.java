package wave.spec.indicator;

import java.util.Arrays;
import wave.indicators.BarIndicator;
import wave.indicators.registry.IndicatorStream;

/**
 * A registry indicator read one bar late: after bar t its outputs are the ones the wrapped indicator had after
 * bar t-1. A channel over the last {@code period} bars so becomes one over the {@code period} bars before the
 * current one, which the current close can break out of. Ready one bar after the wrapped indicator;
 * allocation-free per bar.
 */
final class PreviousBar implements BarIndicator {
    private final IndicatorStream inner;
    private final double[] previous;
    private boolean ready;

    PreviousBar(IndicatorStream inner) {
        this.inner = inner;
        this.previous = new double[inner.outputCount()];
        Arrays.fill(previous, Double.NaN);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        for (int i = 0; i < previous.length; i++) {
            previous[i] = inner.value(i);
        }
        ready = inner.isReady();
        inner.update(open, high, low, close, volume);
    }

    /** Output {@code output} of the wrapped indicator as of the previous bar; NaN before {@link #isReady()}. */
    double value(int output) {
        return previous[output];
    }

    @Override
    public boolean isReady() {
        return ready;
    }

    @Override
    public int warmupPeriod() {
        return inner.warmupPeriod() + 1;
    }

    @Override
    public void reset() {
        inner.reset();
        Arrays.fill(previous, Double.NaN);
        ready = false;
    }
}
