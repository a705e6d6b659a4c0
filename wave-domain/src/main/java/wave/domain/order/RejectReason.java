package wave.domain.order;

/** Why an order was refused. */
public enum RejectReason {
    /** The account's cash cannot pay for the order and its fees. */
    INSUFFICIENT_CASH,
    /** Quantity is zero, negative or not a whole number of lots. */
    INVALID_QUANTITY,
    /** A required limit or stop price is missing or not positive. */
    INVALID_PRICE,
    /** The instrument has no data or is not tradable. */
    UNKNOWN_INSTRUMENT,
    /** The strategy is halted after repeated errors. */
    STRATEGY_HALTED,
    /** A sell would open a short position and the account does not allow short sales. */
    SHORT_NOT_ALLOWED,
    /** A margin account's equity would not cover the initial margin of its gross exposure after the order. */
    INSUFFICIENT_MARGIN
}
