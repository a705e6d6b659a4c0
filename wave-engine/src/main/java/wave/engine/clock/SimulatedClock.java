package wave.engine.clock;

/**
 * A clock the backtest moves to each data step: it reads the time the step's bars became known, and stamps events
 * with their label. Never moves backwards.
 */
public final class SimulatedClock implements Clock {
    private long nowNanos = Long.MIN_VALUE;
    private long eventNanos = Long.MIN_VALUE;

    @Override
    public long nowNanos() {
        return nowNanos;
    }

    @Override
    public long eventNanos() {
        return eventNanos;
    }

    /**
     * Moves the clock to {@code availableNanos}; events are stamped {@code labelNanos} from now on.
     *
     * @throws IllegalStateException if {@code availableNanos} is earlier than the current time
     */
    @Override
    public void onDataStep(long labelNanos, long availableNanos) {
        if (availableNanos < nowNanos) {
            throw new IllegalStateException("clock cannot go back from " + nowNanos + " to " + availableNanos);
        }
        nowNanos = availableNanos;
        eventNanos = labelNanos;
    }
}
