package wave.indicators.window;

import java.util.Arrays;
import wave.indicators.average.Kama;
import wave.indicators.momentum.Momentum;
import wave.indicators.momentum.Roc;

/**
 * A ring of the last {@code lag} values: each update returns the value fed {@code lag} updates
 * earlier, for n-bar changes such as {@link Momentum}, {@link Roc} and {@link Kama}.
 */
public final class LagWindow {
    private final int lag;
    private final double[] values;
    private int next;
    /** Values fed, saturating at {@code lag + 1}. */
    private int count;

    public LagWindow(int lag) {
        this.lag = lag;
        this.values = new double[lag];
    }

    /**
     * Feeds the next value and returns the one fed {@code lag} updates earlier, or 0 while fewer
     * were fed (see {@link #isReady()}).
     */
    public double update(double x) {
        double earlier = values[next];
        values[next] = x;
        next = next + 1 == lag ? 0 : next + 1;
        if (count <= lag) {
            count++;
        }
        return earlier;
    }

    /** Whether the last {@link #update} returned a value fed {@code lag} updates earlier. */
    public boolean isReady() {
        return count > lag;
    }

    public void reset() {
        Arrays.fill(values, 0.0);
        next = 0;
        count = 0;
    }
}
