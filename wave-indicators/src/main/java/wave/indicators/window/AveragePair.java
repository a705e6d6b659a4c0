package wave.indicators.window;

import wave.indicators.average.MaType;
import wave.indicators.momentum.Apo;
import wave.indicators.momentum.AwesomeOscillator;
import wave.indicators.momentum.Ppo;

/**
 * A fast and a slow moving average of one series, each on its own from the first input on, for
 * the oscillators {@link Apo}, {@link Ppo} and {@link AwesomeOscillator}.
 */
public final class AveragePair {
    private final AverageState fast;
    private final AverageState slow;

    public AveragePair(MaType type, int fast, int slow) {
        this.fast = type.state(fast);
        this.slow = type.state(slow);
    }

    /** Feeds the next input; true once the slow average (and so the fast one) exists. */
    public boolean update(double x) {
        fast.update(x);
        return slow.update(x);
    }

    public double fast() {
        return fast.value();
    }

    public double slow() {
        return slow.value();
    }

    public boolean isReady() {
        return slow.isReady();
    }

    public void reset() {
        fast.reset();
        slow.reset();
    }
}
