package wave.indicators.window;

import java.util.function.DoubleBinaryOperator;
import wave.indicators.PriceField;
import wave.indicators.ValueIndicator;
import wave.indicators.average.MaType;

/**
 * An oscillator computed from a fast and a slow moving average of one input (APO, PPO): the shared state, warm-up
 * and array form; each subclass says how the two averages combine.
 */
public abstract class AverageSpreadOscillator implements ValueIndicator {
    private final int slow;
    private final MaType type;
    private final PriceField field;
    private final AveragePair averages;
    private double value = Double.NaN;

    protected AverageSpreadOscillator(int fast, int slow, MaType type, PriceField field) {
        TaMath.fastSlow(fast, slow);
        this.slow = slow;
        this.type = type;
        this.field = field;
        this.averages = new AveragePair(type, fast, slow);
    }

    /** The oscillator from the two averages. */
    protected abstract double combine(double fastMa, double slowMa);

    /** Feeds the next value. */
    @Override
    public final void update(double x) {
        if (averages.update(x)) {
            value = combine(averages.fast(), averages.slow());
        }
    }

    @Override
    public final PriceField field() {
        return field;
    }

    /** The current oscillator, or NaN before {@link #isReady()}. */
    public final double value() {
        return value;
    }

    @Override
    public final boolean isReady() {
        return averages.isReady();
    }

    @Override
    public final int warmupPeriod() {
        return type.warmupPeriod(slow);
    }

    @Override
    public final void reset() {
        averages.reset();
        value = Double.NaN;
    }

    /** The array form: {@code combine} of the two averages, NaN before index {@code type.lookback(slow)}. */
    public static double[] compute(double[] values, int fast, int slow, MaType type, DoubleBinaryOperator combine) {
        TaMath.fastSlow(fast, slow);
        double[] out = TaMath.nans(values.length);
        AveragePair averages = new AveragePair(type, fast, slow);
        for (int i = 0; i < values.length; i++) {
            if (averages.update(values[i])) {
                out[i] = combine.applyAsDouble(averages.fast(), averages.slow());
            }
        }
        return out;
    }
}
