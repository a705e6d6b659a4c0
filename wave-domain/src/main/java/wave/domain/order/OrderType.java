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
    STOP_LIMIT,
    /** Fill at the opening price of the session (bar) on which it reaches the venue; the rest is canceled. */
    MARKET_ON_OPEN,
    /** Fill at the closing price of the session (bar) on which it reaches the venue; the rest is canceled. */
    MARKET_ON_CLOSE,
    /**
     * A stop whose stop price follows the market at a fixed distance ({@link TrailingOffset}) from the best price
     * since the order reached the venue (highest for a sell, lowest for a buy); it never moves back.
     */
    TRAILING_STOP;

    /** True when the order carries a limit price. */
    public boolean hasLimitPrice() {
        return this == LIMIT || this == STOP_LIMIT;
    }

    /** True when the order carries a fixed stop (trigger) price; a trailing stop computes its own. */
    public boolean hasStopPrice() {
        return this == STOP || this == STOP_LIMIT;
    }

    /** True when the order carries a trailing offset instead of a stop price. */
    public boolean isTrailing() {
        return this == TRAILING_STOP;
    }

    /** True when the order waits for a trigger price to trade (stop, stop-limit, trailing stop). */
    public boolean hasTrigger() {
        return this == STOP || this == STOP_LIMIT || this == TRAILING_STOP;
    }

    /** True for orders that take part in one auction only (at the open or the close of their first bar). */
    public boolean isAuction() {
        return this == MARKET_ON_OPEN || this == MARKET_ON_CLOSE;
    }
}
