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
    RISK_LIMIT,
    /** Trading is halted (kill switch or circuit breaker) and the order is not a liquidation that reduces a position. */
    TRADING_HALTED,
    /** The position after the order would exceed its limit (% of equity, absolute value or quantity). */
    MAX_POSITION,
    /** The book's gross exposure (sum of absolute position values) after the order would exceed its limit. */
    MAX_GROSS_EXPOSURE,
    /** The book's net exposure (longs minus shorts) after the order would exceed its limit. */
    MAX_NET_EXPOSURE,
    /** The order's notional (absolute, or % of equity) exceeds its limit. */
    MAX_ORDER_NOTIONAL,
    /** The order's quantity exceeds its limit. */
    MAX_ORDER_QUANTITY,
    /** The order's quantity exceeds its share of the instrument's average daily volume. */
    MAX_ADV_PARTICIPATION,
    /** The order's price is too far from the instrument's last price (fat finger). */
    PRICE_BAND,
    /** Too many orders in the last minute or in the trading day. */
    ORDER_RATE,
    /** Too many trades (fills) in the trading day. */
    TRADE_RATE,
    /** The day's loss reached its limit; only orders that reduce exposure pass. */
    DAILY_LOSS,
    /** The week's loss reached its limit; only orders that reduce exposure pass. */
    WEEKLY_LOSS,
    /** The drawdown from the equity peak reached its halt level; only orders that reduce exposure pass. */
    MAX_DRAWDOWN,
    /** The latest signal on the instrument is less confident than required. */
    LOW_CONFIDENCE,
    /** The instrument is on the restricted list. */
    RESTRICTED,
    /** The instrument's market is closed at the order's time. */
    OUTSIDE_TRADING_HOURS,
    /** The instrument's share of the book's gross exposure would exceed its limit. */
    INSTRUMENT_CONCENTRATION,
    /** The sector's share of equity would exceed its limit. */
    SECTOR_CONCENTRATION,
    /** Gross exposure over equity after the order would exceed the maximum leverage. */
    MAX_LEVERAGE,
    /** The new or grown position's returns would correlate with the book's above the limit. */
    MAX_CORRELATION,
    /** The book's value at risk after the order would exceed its limit. */
    MAX_VAR
}
