package wave.engine.account;

/** How the account pays for positions. */
public enum AccountType {
    /** Buys are paid in full from cash; short sales only when the backtest allows them (no margin checks). */
    CASH,
    /**
     * Positions are financed on margin: orders that increase exposure need equity of at least the initial margin of
     * the gross exposure after the order; cash may go negative (a loan); a margin call liquidates positions when equity
     * falls below the maintenance margin.
     */
    MARGIN
}
