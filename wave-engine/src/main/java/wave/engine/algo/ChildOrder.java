package wave.engine.algo;

/**
 * One child order of a schedule: a market order for {@code quantityRaw} sent at {@code atNanos}.
 *
 * @param atNanos     when it is sent, nanoseconds since the epoch (UTC), on the kernel's clock
 * @param quantityRaw its quantity, positive, raw fixed point at the quantity scale
 */
public record ChildOrder(long atNanos, long quantityRaw) {
    /** Requires a positive quantity. */
    public ChildOrder {
        if (quantityRaw <= 0) {
            throw new IllegalArgumentException("child order quantity must be > 0, got raw " + quantityRaw);
        }
    }
}
