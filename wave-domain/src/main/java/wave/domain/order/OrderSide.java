package wave.domain.order;

/** Direction of an order. */
public enum OrderSide {
    /** Buy: increases the position. */
    BUY,
    /** Sell: decreases the position (or opens a short). */
    SELL;

    /** +1 for BUY, -1 for SELL. */
    public int sign() {
        return this == BUY ? 1 : -1;
    }

    /** The other side. */
    public OrderSide opposite() {
        return this == BUY ? SELL : BUY;
    }
}
