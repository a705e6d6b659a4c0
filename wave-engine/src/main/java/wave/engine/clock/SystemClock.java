package wave.engine.clock;

/**
 * The wall clock of paper and live trading: epoch time read once at creation, advanced by the monotonic
 * {@link System#nanoTime()} (so it never jumps back with the system time). Timers fire when the kernel's event loop
 * calls {@link #fireDueTimers()}.
 */
public final class SystemClock implements Clock {
    private final TimerQueue timers = new TimerQueue();
    private final long epochNanosAtStart;
    private final long monotonicAtStart;

    /** A clock reading the current time. */
    public SystemClock() {
        java.time.Instant now = java.time.Instant.now();
        this.epochNanosAtStart = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        this.monotonicAtStart = System.nanoTime();
    }

    @Override
    public long nowNanos() {
        return epochNanosAtStart + (System.nanoTime() - monotonicAtStart);
    }

    @Override
    public Timer schedule(long firstNanos, long periodNanos, TimerCallback callback) {
        return timers.schedule(firstNanos, periodNanos, callback);
    }

    @Override
    public void fireDueTimers() {
        if (!timers.isEmpty()) {
            long now = nowNanos();
            timers.fireDue(now, now, ignored -> { });
        }
    }

    @Override
    public long nextTimerNanos() {
        return timers.nextDueNanos();
    }
}
