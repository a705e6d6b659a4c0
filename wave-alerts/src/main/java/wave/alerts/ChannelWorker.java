package wave.alerts;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One channel on a thread of its own behind a bounded queue. {@link #offer} never blocks: when the queue is full the
 * alert is dropped and counted, so a slow, failing or hung channel never holds up the thread that raises alerts (the
 * kernel's). The thread sends alerts in order, retrying a failed one with backoff ({@link RetryPolicy}); one given up
 * on is counted as failed. Failures are counted, not logged: their messages could only repeat what the counts say, and
 * a channel's address is a secret.
 */
public final class ChannelWorker implements AutoCloseable {
    private final AlertChannel channel;
    private final RetryPolicy retry;
    private final BlockingQueue<Alert> queue;
    private final Thread thread;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile String lastError = "";
    private volatile boolean closed;

    /**
     * Starts the channel's thread (a daemon: it never keeps the JVM alive).
     *
     * @param capacity the queue's size, >= 1
     */
    public ChannelWorker(AlertChannel channel, int capacity, RetryPolicy retry) {
        if (capacity < 1) {
            throw new IllegalArgumentException("alert queue capacity must be >= 1, got " + capacity);
        }
        this.channel = channel;
        this.retry = retry;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = Thread.ofPlatform().daemon().name("wave-alerts-" + channel.name()).start(this::run);
    }

    /** Queues an alert without waiting; false (and counted as dropped) when the queue is full or the worker closed. */
    public boolean offer(Alert alert) {
        if (closed || !queue.offer(alert)) {
            dropped.incrementAndGet();
            return false;
        }
        return true;
    }

    /** The counts so far. */
    public ChannelStats stats() {
        return new ChannelStats(channel.name(), sent.get(), failed.get(), dropped.get(), retries.get(),
                queue.size() + inFlight.get());
    }

    /** The last failure's message (names the channel and what failed, never its address), or empty. */
    public String lastError() {
        return lastError;
    }

    /**
     * Waits up to {@code timeout} for the queue to empty and the alert in hand to be done.
     *
     * @return true if everything queued was handled in time
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!queue.isEmpty() || inFlight.get() > 0) {
            if (System.nanoTime() - deadline >= 0 || !thread.isAlive()) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    /** Stops the thread: the alert in hand is abandoned (counted as failed), what is queued is dropped. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        dropped.addAndGet(queue.size());
        queue.clear();
    }

    private void run() {
        try {
            while (!closed) {
                Alert alert = queue.poll(1, TimeUnit.SECONDS);
                if (alert != null) {
                    inFlight.incrementAndGet();
                    try {
                        deliver(alert);
                    } finally {
                        inFlight.decrementAndGet();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(Alert alert) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                channel.send(alert);
                sent.incrementAndGet();
                return;
            } catch (IOException | RuntimeException e) {
                lastError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                if (attempt == retry.attempts()) {
                    failed.incrementAndGet();
                    return;
                }
                retries.incrementAndGet();
                Thread.sleep(retry.backoffMillis(attempt));
            } catch (InterruptedException e) {
                failed.incrementAndGet();
                throw e;
            }
        }
    }
}
