package wave.engine.execution;

import wave.domain.market.Bar;
import wave.domain.order.StrategyId;
import wave.engine.order.OrderTicket;

/**
 * Where orders go: the simulated venue in backtests and paper trading, a broker adapter in live trading.
 * Decisions come back through the {@link wave.engine.order.OrderManager} as order events.
 */
public interface ExecutionVenue {
    /** Sends an order (it reaches a simulated venue with the instrument's next bar, or later with latency). */
    void submit(OrderTicket ticket);

    /** Requests a cancellation. */
    void cancel(OrderTicket ticket, long nowNanos);

    /**
     * Requests a cancellation for a stated reason (e.g. {@code OCO: O-3 filled}); by default as
     * {@link #cancel(OrderTicket, long)}.
     */
    default void cancel(OrderTicket ticket, long nowNanos, String reason) {
        cancel(ticket, nowNanos);
    }

    /**
     * Requests an in-place modification of a working order: its new total quantity and prices (raw; 0 for a price its
     * type does not use).
     *
     * @throws UnsupportedOperationException if the venue cannot modify orders (cancel and place a new one instead)
     */
    default void modify(OrderTicket ticket, long quantityRaw, long limitPriceRaw, long stopPriceRaw, long nowNanos) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot modify orders; cancel and place a new one");
    }

    /** A new bar of instrument {@code instrumentIndex}, before strategies see it (simulated venues match here). */
    default void onBar(int instrumentIndex, Bar bar) {
    }

    /**
     * A split of instrument {@code instrumentIndex} goes ex now, before its bar is matched ({@code ratioRaw} new
     * shares per old share, raw fixed point). The simulated venue cancels the instrument's working orders; a broker
     * adjusts or cancels them itself, so by default nothing happens.
     */
    default void onSplit(int instrumentIndex, long ratioRaw, long nowNanos) {
    }

    /**
     * The strategies have seen bar {@code bar} of instrument {@code instrumentIndex}; a simulated venue that fills
     * market orders at the signal bar's close (an explicit lookahead opt-in) does so here.
     */
    default void afterStrategies(int instrumentIndex, Bar bar) {
    }

    /** True when {@link #afterStrategies} does anything (the kernel skips the call otherwise). */
    default boolean actsAfterStrategies() {
        return false;
    }

    /**
     * Cancels every working order of a strategy, or of every strategy when {@code strategy} is null.
     *
     * @param reason why, e.g. {@code strategy halted}, {@code cancel all: operator}
     */
    void cancelAll(StrategyId strategy, long nowNanos, String reason);

    /** The data ended: a simulated venue cancels what is still working. */
    default void onEndOfData(long nowNanos) {
    }

    /**
     * True when the kernel should close the positions still open at the end of the data (a backtest option); the
     * closing orders cross the pre-trade check like any other and a simulated venue fills them at the last mark.
     */
    default boolean closesPositionsAtEnd() {
        return false;
    }
}
