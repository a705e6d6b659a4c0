package wave.engine.clock;

/**
 * A clock the backtest moves to each data step: it reads the time the step's bars became known, and stamps events
 * with their label. Never moves backwards. Timers due before a step fire first, each with the clock (and the event
 * stamp, if later) at its own due time; with no timer a step costs one test. The clock starts at the first data step:
 * timers due before it fire there (once, for a periodic timer), with the clock at that step's time.
 */
public final class SimulatedClock implements Clock {
    private final TimerQueue timers = new TimerQueue();
    private long nowNanos = NOT_STARTED;
    private long eventNanos = NOT_STARTED;
    private long startNanos = NOT_STARTED;

    @Override
    public long nowNanos() {
        return nowNanos;
    }

    @Override
    public long eventNanos() {
        return eventNanos;
    }

    /**
     * Fires the timers due at or before {@code availableNanos}, then moves the clock to {@code availableNanos}; events
     * are stamped {@code labelNanos} from then on.
     *
     * @throws IllegalStateException if {@code availableNanos} is earlier than the current time
     */
    @Override
    public void onDataStep(long labelNanos, long availableNanos) {
        if (availableNanos < nowNanos) {
            throw new IllegalStateException("clock cannot go back from " + nowNanos + " to " + availableNanos);
        }
        if (nowNanos == NOT_STARTED) {
            nowNanos = availableNanos;
            startNanos = availableNanos;
        }
        if (!timers.isEmpty()) {
            timers.fireDue(availableNanos, startNanos, this::moveTo);
        }
        nowNanos = availableNanos;
        eventNanos = labelNanos;
    }

    private void moveTo(long dueNanos) {
        nowNanos = Math.max(nowNanos, dueNanos);
        eventNanos = Math.max(eventNanos, dueNanos);
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
