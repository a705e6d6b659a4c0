package wave.domain.order;

/** Why the pre-trade stage refused an order before it was sent (machine-readable). */
public enum DenyReason {
    /** The instrument is not one the session trades. */
    INSTRUMENT_NOT_TRADABLE,
    /** A price is not positive or not a multiple of the instrument's tick size. */
    INVALID_PRICE,
    /** The quantity is not positive or not a whole number of lots. */
    INVALID_QUANTITY,
    /** The estimated cost exceeds what the account could pay (cash, or buying power of a margin account). */
    INSUFFICIENT_FUNDS,
    /** The strategy (or the whole kernel) is reduce-only and the order would increase a position. */
    REDUCE_ONLY,
    /** The strategy is halted. */
    STRATEGY_HALTED,
    /** The strategies are warming up on bars before the first one they may trade on (e.g. {@code --from}). */
    WARMING_UP,
    /** The order would take the strategy's exposure beyond its capital budget. */
    BUDGET_EXCEEDED,
    /** A risk rule refused it (the message names the rule and the numbers). */
    RISK_LIMIT
}
