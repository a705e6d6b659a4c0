package wave.engine.kernel.inbound;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.jctools.queues.varhandle.MpscVarHandleArrayQueue;
import wave.engine.port.ExecutionReportSink;
import wave.engine.port.MarketDataSink;

/**
 * The bounded queue other threads use to reach the kernel thread (many producers, one consumer: JCTools' lock-free
 * array queue). Its capacity is fixed; when it is full:
 * <ul>
 *   <li>{@link #offer} does not wait: it returns false and counts the refusal ({@link #refusedCount()}). Market data
 *       producers use it: a refused bar or quote is dropped and counted, and the feed adapter reports the gap (a stale
 *       price is worse than a missing one, and blocking a feed thread would back up the socket).</li>
 *   <li>{@link #put} waits, parking briefly between attempts, up to a timeout, then throws
 *       {@link InboundQueueFullException}. Signals, commands and execution reports use it: they must not be lost, and
 *       a caller that cannot get one through within the timeout must be told.</li>
 * </ul>
 * Nothing already queued is ever dropped or reordered.
 */
public final class InboundQueue {
    private static final long PARK_NANOS = 50_000;

    private final MpscVarHandleArrayQueue<InboundEvent> queue;
    private final int capacity;
    private final AtomicLong refused = new AtomicLong();

    /**
     * A queue holding at most {@code capacity} events.
     *
     * @throws IllegalArgumentException if the capacity is below 2
     */
    public InboundQueue(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("inbound queue capacity must be >= 2, got " + capacity);
        }
        this.queue = new MpscVarHandleArrayQueue<>(capacity);
        this.capacity = queue.capacity();
    }

    /** Adds an event if there is room; false (and counted) when the queue is full. Any thread. */
    public boolean offer(InboundEvent event) {
        if (queue.offer(event)) {
            return true;
        }
        refused.incrementAndGet();
        return false;
    }

    /**
     * Adds an event, waiting up to {@code timeout} for room. Any thread.
     *
     * @throws InboundQueueFullException if the queue stayed full for the whole timeout
     */
    public void put(InboundEvent event, long timeout, TimeUnit unit) {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!queue.offer(event)) {
            if (System.nanoTime() - deadline >= 0) {
                refused.incrementAndGet();
                throw new InboundQueueFullException(event, capacity, unit.toMillis(timeout));
            }
            LockSupport.parkNanos(PARK_NANOS);
        }
    }

    /** A sink for a market data client: each bar is {@link #offer offered} (dropped and counted when full). */
    public MarketDataSink marketDataSink() {
        return bar -> offer(new InboundEvent.BarReceived(bar));
    }

    /**
     * A sink for an asynchronous execution client: each report is {@link #put} with the given timeout, so none is lost
     * silently; a full queue throws {@link InboundQueueFullException} on the client's thread.
     */
    public ExecutionReportSink executionReportSink(long timeout, TimeUnit unit) {
        return report -> put(new InboundEvent.ExecutionReportReceived(report), timeout, unit);
    }

    /** The oldest event, or null when empty. The kernel thread only. */
    public InboundEvent poll() {
        return queue.poll();
    }

    /** Events waiting now. */
    public int size() {
        return queue.size();
    }

    /** Most events it holds (the requested capacity rounded up to a power of two). */
    public int capacity() {
        return capacity;
    }

    /** Events refused because the queue was full (offers refused and puts that timed out). */
    public long refusedCount() {
        return refused.get();
    }
}
