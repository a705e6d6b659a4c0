package wave.indicators;

/**
 * A fast and a slow moving average of one series, each on its own from the first input on, for
 * the oscillators {@link Apo}, {@link Ppo} and {@link AwesomeOscillator}.
 */
final class AveragePair {
    private final AverageState fast;
    private final AverageState slow;

    AveragePair(MaType type, int fast, int slow) {
        this.fast = type.state(fast);
        this.slow = type.state(slow);
    }

    /** Feeds the next input; true once the slow average (and so the fast one) exists. */
    boolean update(double x) {
        fast.update(x);
        return slow.update(x);
    }

    double fast() {
        return fast.value();
    }

    double slow() {
        return slow.value();
    }

    boolean isReady() {
        return slow.isReady();
    }

    void reset() {
        fast.reset();
        slow.reset();
    }
}
