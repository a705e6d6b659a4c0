package wave.engine.clock;

/**
 * A clock the backtest moves forward to each data step's time. Never moves backwards. Timers due before a step fire
 * first, each with the clock at its own due time; with no timer a step costs one test. The clock starts at the first
 * data step: timers due before it fire there (once, for a periodic timer), with the clock at that step's time.
 */
public final class SimulatedClock implements Clock {
    private final TimerQueue timers = new TimerQueue();
    private long nowNanos = NOT_STARTED;
    private long startNanos = NOT_STARTED;

    @Override
    public long nowNanos() {
        return nowNanos;
    }

    /**
     * Fires the timers due at or before {@code tsNanos}, then moves the clock to {@code tsNanos}.
     *
     * @throws IllegalStateException if that is earlier than the current time
     */
    @Override
    public void onDataStep(long tsNanos) {
        if (tsNanos < nowNanos) {
            throw new IllegalStateException("clock cannot go back from " + nowNanos + " to " + tsNanos);
        }
        if (nowNanos == NOT_STARTED) {
            nowNanos = tsNanos;
            startNanos = tsNanos;
        }
        if (!timers.isEmpty()) {
            timers.fireDue(tsNanos, startNanos, this::moveTo);
        }
        nowNanos = tsNanos;
    }

    private void moveTo(long tsNanos) {
        nowNanos = Math.max(nowNanos, tsNanos);
    }

    @Override
    public Timer schedule(long firstNanos, long periodNanos, TimerCallback callback) {
        return timers.schedule(firstNanos, periodNanos, callback);
    }

    @Override
    public long nextTimerNanos() {
        return timers.nextDueNanos();
    }
}
