package wave.indicators.window;

import java.util.function.DoubleSupplier;
import wave.indicators.ValueIndicator;
import wave.indicators.average.Dema;
import wave.indicators.average.Kama;
import wave.indicators.average.MaType;
import wave.indicators.average.T3;
import wave.indicators.average.Tema;
import wave.indicators.average.Trima;

/**
 * A moving-average indicator ({@link Dema}, {@link Tema}, {@link Trima}, {@link Kama},
 * {@link T3}) seen as an {@link AverageState}, so {@link MaType} reuses its formula and seeding;
 * no allocation per update.
 */
public final class IndicatorAverage implements AverageState {
    private final ValueIndicator indicator;
    private final DoubleSupplier value;

    public IndicatorAverage(ValueIndicator indicator, DoubleSupplier value) {
        this.indicator = indicator;
        this.value = value;
    }

    /** Feeds the next input; true once {@link #value()} holds an average. */
    @Override
    public boolean update(double x) {
        indicator.update(x);
        return indicator.isReady();
    }

    /** The current average, or NaN before {@link #isReady()}. */
    @Override
    public double value() {
        return value.getAsDouble();
    }

    @Override
    public boolean isReady() {
        return indicator.isReady();
    }

    @Override
    public void reset() {
        indicator.reset();
    }
}
