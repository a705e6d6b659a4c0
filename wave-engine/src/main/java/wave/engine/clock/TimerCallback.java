package wave.engine.clock;

/** What a timer runs, on the kernel thread. */
@FunctionalInterface
public interface TimerCallback {
    /**
     * The timer is due.
     *
     * @param scheduledNanos the time it was due, nanoseconds since the epoch (UTC); the clock reads at least that
     */
    void onTimer(long scheduledNanos);
}
