package wave.domain.order;

/**
 * How long an order stays working. The simulated venue's exact rules (which bar is the last one of a DAY order,
 * when a GTD order expires) are in {@code docs/backtest-assumptions.md}.
 */
public enum TimeInForce {
    /** Good till canceled. */
    GTC,
    /** Expires at the end of the trading day it was accepted on. */
    DAY,
    /** Immediate or cancel: fills what it can when it reaches the venue; the rest is canceled at once. */
    IOC,
    /** Fill or kill: fills entirely when it reaches the venue, or is canceled without any fill. */
    FOK,
    /** Good till date: works until its expiry time ({@link Order#expireNanos()}), then expires. */
    GTD;

    /** True for IOC and FOK: the order lives only on the bar on which it reaches the venue. */
    public boolean isImmediate() {
        return this == IOC || this == FOK;
    }
}
