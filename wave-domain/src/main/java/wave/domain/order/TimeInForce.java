package wave.domain.order;

/** How long an order stays working. */
public enum TimeInForce {
    /** Good till canceled. */
    GTC,
    /** Expires at the end of the trading day it was accepted on. */
    DAY
}
