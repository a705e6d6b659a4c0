package wave.strategies;

import wave.indicators.BarIndicator;

/** The close of the latest bar, as an indicator so that crossovers registered with it see the current close. */
final class LatestClose implements BarIndicator {
    private double value = Double.NaN;

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        value = close;
    }

    /** The latest close, or NaN before the first bar. */
    double value() {
        return value;
    }

    @Override
    public boolean isReady() {
        return !Double.isNaN(value);
    }

    @Override
    public int warmupPeriod() {
        return 1;
    }

    @Override
    public void reset() {
        value = Double.NaN;
    }
}
