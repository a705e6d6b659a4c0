package wave.engine.algo;

import wave.engine.clock.Timer;
import wave.engine.order.OrderRequest;
import wave.engine.order.OrderTicket;

/**
 * How a parent order reaches the kernel: the order path of the strategy that owns it (so that every child crosses the
 * pre-trade check and the risk engine, and its fills reach that strategy) and the kernel's clock.
 */
public interface ChildOrderRouter {
    /** Places a child order through the normal order path; the ticket reports its fate. */
    OrderTicket submit(OrderRequest request);

    /** Requests the cancellation of a working child order. */
    void cancel(OrderTicket ticket);

    /** Runs {@code action} once at {@code atNanos} (nanoseconds since the epoch, UTC) on the kernel's clock and thread. */
    Timer scheduleAt(long atNanos, Runnable action);
}
