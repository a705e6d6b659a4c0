package wave.engine.clock;

/** A clock the backtest moves forward to each bar's timestamp. Never moves backwards. */
public final class SimulatedClock implements Clock {
    private long nowNanos = Long.MIN_VALUE;

    @Override
    public long nowNanos() {
        return nowNanos;
    }

    /**
     * Moves the clock to {@code tsNanos}.
     *
     * @throws IllegalStateException if that is earlier than the current time
     */
    @Override
    public void onDataStep(long tsNanos) {
        if (tsNanos < nowNanos) {
            throw new IllegalStateException("clock cannot go back from " + nowNanos + " to " + tsNanos);
        }
        nowNanos = tsNanos;
    }
}
