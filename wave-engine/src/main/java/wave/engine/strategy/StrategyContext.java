package wave.engine.strategy;

import wave.domain.instrument.InstrumentId;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderType;
import wave.domain.order.StrategyId;
import wave.domain.order.TimeInForce;
import wave.domain.portfolio.Portfolio;
import wave.domain.portfolio.Position;
import wave.engine.order.OrderTicket;
import wave.engine.order.Sizing;

/**
 * What the kernel offers a strategy: time, the portfolio, and order routing. The same interface in
 * backtest, paper and live trading; strategies reach it through {@link Strategy}'s helpers.
 */
public interface StrategyContext {
    /** Current time on the kernel's clock, nanoseconds since the epoch (UTC). */
    long nowNanos();

    /** The account's positions and cash (read-only use). */
    Portfolio portfolio();

    /** The position of an instrument of the session. */
    Position position(InstrumentId instrument);

    /** The sizing entry orders use unless told otherwise (the run's {@code --sizing}). */
    Sizing defaultSizing();

    /** Places an order; the ticket reports its fate. */
    OrderTicket submit(StrategyId strategy, InstrumentId instrument, OrderSide side, OrderType type, Sizing sizing,
                       long limitPriceRaw, long stopPriceRaw, TimeInForce timeInForce);

    /** Requests the cancellation of a working order. */
    void cancel(OrderTicket ticket);
}
