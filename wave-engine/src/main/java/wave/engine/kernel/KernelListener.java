package wave.engine.kernel;

import wave.domain.order.OrderEvent;
import wave.domain.order.OrderInitialized;
import wave.domain.order.StrategyId;
import wave.domain.signal.Signal;
import wave.engine.account.MarginCall;
import wave.engine.kernel.inbound.Command;
import wave.engine.order.OrderTicket;
import wave.engine.strategy.StrategyNote;

/** Observes a running kernel (recorders, journals, UIs). Called on the kernel thread; must not block. */
public interface KernelListener {
    /**
     * An order was created with its full terms, before its pre-trade check (the write-ahead record of the order; the
     * strategy that placed it holds its ticket and is not called). The kernel builds this event only when a journal
     * records or a listener's class overrides this method, so a backtest that keeps neither allocates nothing for it.
     */
    default void onOrderInitialized(OrderTicket ticket, OrderInitialized event) {
    }

    /**
     * An order event from its pre-trade decision on ({@code OrderDenied}, {@code OrderSubmitted}, then the venue's),
     * after the order, portfolio and strategy have processed it.
     */
    default void onOrderEvent(OrderTicket ticket, OrderEvent event) {
    }

    /**
     * Whether {@link #onOrderEvent} reads {@code OrderSubmitted} and {@code OrderAccepted} (true unless overridden).
     * The kernel builds those two only when a journal records, the order's strategy overrides
     * {@code Strategy.onOrderEvent}, or a listener's class overrides {@link #onOrderEvent} and returns true here; a
     * listener that overrides it for other events (fills, say) returns false.
     */
    default boolean readsOrderAcknowledgements() {
        return true;
    }

    /** A signal reached the kernel (after the strategies trading its instrument saw it). */
    default void onSignal(Signal signal) {
    }

    /** A command is about to be applied (it is already journaled). */
    default void onCommand(Command command, long tsNanos) {
    }

    /** A command could not be applied and changed nothing; {@code reason} says why. */
    default void onCommandRefused(Command command, long tsNanos, String reason) {
    }

    /** A strategy logged a line or recorded a value. */
    default void onNote(StrategyNote note) {
    }

    /** A time step is complete: fills booked, positions marked at the close, strategies called. */
    default void onStep(long tsNanos) {
    }

    /** A split or dividend changed a position held on its ex-date (applied before that bar is matched). */
    default void onCorporateAction(CorporateActionApplied action) {
    }

    /** A margin call after the close; its liquidation orders (strategy id {@code margin-call}) are already sent. */
    default void onMarginCall(MarginCall call) {
    }

    /** Strategy code threw; the kernel carries on. */
    default void onStrategyError(StrategyId strategy, String callback, long tsNanos, RuntimeException error) {
    }

    /** A strategy was halted after repeated errors. */
    default void onStrategyHalted(StrategyId strategy, long tsNanos) {
    }

    /** The data ended and the venue has settled (working orders canceled, positions closed if configured). */
    default void onEnd(long tsNanos) {
    }

    /** Fraction of the data consumed (0 to 1), reported every few thousand steps. */
    default void onProgress(double fraction) {
    }
}
