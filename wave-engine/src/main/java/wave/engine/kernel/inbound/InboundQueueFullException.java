package wave.engine.kernel.inbound;

/** A signal or command could not be queued for the kernel: the inbound queue stayed full for the whole timeout. */
public final class InboundQueueFullException extends RuntimeException {
    InboundQueueFullException(InboundEvent event, int capacity, long timeoutMillis) {
        super("kernel inbound queue full (" + capacity + " events) for " + timeoutMillis + " ms; not queued: "
                + event.getClass().getSimpleName());
    }
}
