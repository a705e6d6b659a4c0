package wave.alerts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Hands each alert of the kinds asked for to every channel's worker. {@link #publish} returns at once whatever the
 * channels do (it only offers to bounded queues), so it may be called from the kernel's thread.
 */
public final class AlertDispatcher implements AutoCloseable {
    private final Set<AlertKind> kinds;
    private final List<ChannelWorker> workers;

    /**
     * A dispatcher over started workers.
     *
     * @param kinds   the kinds to send; others are ignored
     */
    public AlertDispatcher(Set<AlertKind> kinds, List<ChannelWorker> workers) {
        this.kinds = kinds.isEmpty() ? EnumSet.noneOf(AlertKind.class) : EnumSet.copyOf(kinds);
        this.workers = List.copyOf(workers);
    }

    /** True when alerts of {@code kind} are sent (callers may skip building the others). */
    public boolean wants(AlertKind kind) {
        return kinds.contains(kind);
    }

    /** Offers the alert to every channel, without waiting; ignored unless its kind is asked for. */
    public void publish(Alert alert) {
        if (!kinds.contains(alert.kind())) {
            return;
        }
        for (ChannelWorker worker : workers) {
            worker.offer(alert);
        }
    }

    /** Each channel's counts. */
    public List<ChannelStats> stats() {
        List<ChannelStats> stats = new ArrayList<>();
        for (ChannelWorker worker : workers) {
            stats.add(worker.stats());
        }
        return stats;
    }

    /**
     * Waits up to {@code timeout} in all for every channel to finish what it has queued.
     *
     * @return true if all did
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean all = true;
        for (ChannelWorker worker : workers) {
            all &= worker.awaitIdle(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
        return all;
    }

    /** Stops every channel's thread. */
    @Override
    public void close() {
        workers.forEach(ChannelWorker::close);
    }
}
