package wave.risk;

/** Whether orders may flow (NautilusTrader's trading states). */
public enum TradingState {
    /** Every order the rules accept passes. */
    ACTIVE,
    /** Only orders that reduce a position pass (the kernel is reduce-only). */
    REDUCING,
    /** No order passes but the liquidations of the kernel and of the risk engine; leaving needs a reset command. */
    HALTED
}
