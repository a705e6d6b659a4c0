package wave.engine.account;

/** What the account does after a margin call. */
public enum LiquidationPolicy {
    /** Closes every open position with market orders, which fill at the next bar's open. */
    CLOSE_ALL,
    /**
     * Reduces the largest position (by absolute market value at the close) just enough to bring the equity back to the
     * maintenance margin of the gross exposure at the close, then the next largest if that position is not enough;
     * market orders filled at the next bar's open.
     */
    REDUCE_LARGEST
}
