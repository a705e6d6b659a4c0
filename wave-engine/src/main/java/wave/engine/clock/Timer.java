package wave.engine.clock;

/** A scheduled callback: once at a time, or every period from a first time. Cancel it to stop it. */
public final class Timer {
    private final long periodNanos;
    private final TimerCallback callback;
    private final long sequence;
    private long dueNanos;
    private boolean canceled;

    Timer(long firstNanos, long periodNanos, TimerCallback callback, long sequence) {
        if (periodNanos < 0) {
            throw new IllegalArgumentException("timer period must be >= 0 ns (0 = once), got " + periodNanos);
        }
        this.dueNanos = firstNanos;
        this.periodNanos = periodNanos;
        this.callback = callback;
        this.sequence = sequence;
    }

    /** Next due time, nanoseconds since the epoch (UTC). */
    public long dueNanos() {
        return dueNanos;
    }

    /** Period in nanoseconds, 0 for a one-off timer. */
    public long periodNanos() {
        return periodNanos;
    }

    /** Stops the timer; it will not fire again. */
    public void cancel() {
        canceled = true;
    }

    /** True once canceled. */
    public boolean isCanceled() {
        return canceled;
    }

    TimerCallback callback() {
        return callback;
    }

    long sequence() {
        return sequence;
    }

    /**
     * Moves a periodic timer to its first due time after {@code nowNanos} (skipping the periods before it); false if
     * one-off.
     */
    boolean reschedule(long nowNanos) {
        if (periodNanos == 0) {
            return false;
        }
        long missed = Math.max(0, (nowNanos - dueNanos) / periodNanos);
        dueNanos += (missed + 1) * periodNanos;
        return true;
    }
}
