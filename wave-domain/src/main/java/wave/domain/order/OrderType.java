package wave.domain.order;

/** How an order's price is determined. */
public enum OrderType {
    /** Fill at the next available price. */
    MARKET,
    /** Fill at the limit price or better. */
    LIMIT,
    /** Becomes a market order once the stop price trades. */
    STOP,
    /** Becomes a limit order once the stop price trades. */
    STOP_LIMIT;

    /** True when the order carries a limit price. */
    public boolean hasLimitPrice() {
        return this == LIMIT || this == STOP_LIMIT;
    }

    /** True when the order carries a stop (trigger) price. */
    public boolean hasStopPrice() {
        return this == STOP || this == STOP_LIMIT;
    }
}
