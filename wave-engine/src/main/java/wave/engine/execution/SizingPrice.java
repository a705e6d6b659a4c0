package wave.engine.execution;

/**
 * The price at which percent and all-in orders (notional orders) are turned into a quantity, with the same rule either
 * way ({@link AffordableQuantity}: the largest whole number of lots whose cost plus fee fits the budget).
 */
public enum SizingPrice {
    /**
     * The default: the venue sizes the order at the price it fills at (the open of the bar it reaches the venue on),
     * like a broker's notional order, so it is always affordable.
     */
    FILL,
    /**
     * backtrader's default: the kernel sizes the order when it is placed, at the close of the bar that produced the
     * signal (the position's mark), and sends it as a fixed quantity. The venue then checks it at the fill price like
     * any other order and rejects it ({@code INSUFFICIENT_CASH}) when a gap up made it unaffordable.
     */
    SIGNAL_CLOSE
}
