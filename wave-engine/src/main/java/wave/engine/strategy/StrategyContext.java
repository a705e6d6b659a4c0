package wave.engine.strategy;

import java.util.List;
import wave.domain.calendar.TradingCalendar;
import wave.domain.instrument.InstrumentId;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderType;
import wave.domain.order.StrategyId;
import wave.domain.order.TimeInForce;
import wave.domain.portfolio.PortfolioView;
import wave.domain.portfolio.PositionView;
import wave.engine.clock.Timer;
import wave.engine.clock.TimerCallback;
import wave.engine.order.BracketTicket;
import wave.engine.order.OrderRequest;
import wave.engine.order.OrderTicket;
import wave.engine.order.Sizing;

/**
 * What the kernel offers a strategy: time, the portfolio, and order routing. The same interface in
 * backtest, paper and live trading; strategies reach it through {@link Strategy}'s helpers.
 */
public interface StrategyContext {
    /** Current time on the kernel's clock, nanoseconds since the epoch (UTC). */
    long nowNanos();

    /** The account's positions and cash, read-only (the live account, not a copy). */
    PortfolioView portfolio();

    /** The position of an instrument of the session, read-only (the live position, not a copy). */
    PositionView position(InstrumentId instrument);

    /** The market's trading sessions (holidays, half days, hours). */
    TradingCalendar calendar();

    /** The sizing entry orders use unless told otherwise (the run's {@code --sizing}). */
    Sizing defaultSizing();

    /** Places an order; the ticket reports its fate. */
    OrderTicket submit(StrategyId strategy, InstrumentId instrument, OrderSide side, OrderType type, Sizing sizing,
                       long limitPriceRaw, long stopPriceRaw, TimeInForce timeInForce);

    /**
     * Places an order of a fixed quantity (raw fixed point); the ticket reports its fate. The same as
     * {@link #submit(StrategyId, InstrumentId, OrderSide, OrderType, Sizing, long, long, TimeInForce)} with a
     * {@link Sizing.Fixed}, which the kernel does not build.
     *
     * @throws IllegalArgumentException if the quantity is not positive
     */
    default OrderTicket submitQuantity(StrategyId strategy, InstrumentId instrument, OrderSide side, OrderType type,
                                       long quantityRaw, long limitPriceRaw, long stopPriceRaw, TimeInForce timeInForce) {
        return submit(strategy, instrument, side, type, new Sizing.Fixed(quantityRaw), limitPriceRaw, stopPriceRaw, timeInForce);
    }

    /** Requests the cancellation of a working order. */
    void cancel(OrderTicket ticket);

    /**
     * Places an order of any type and time in force; the ticket reports its fate.
     *
     * @throws UnsupportedOperationException if this context cannot (the kernel can)
     */
    default OrderTicket submit(StrategyId strategy, InstrumentId instrument, OrderRequest request) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot place order requests");
    }

    /**
     * Requests an in-place modification of a working order: its new total quantity and prices (raw; 0 for a price
     * its type does not use).
     *
     * @throws UnsupportedOperationException if this context cannot (the kernel can)
     */
    default void modify(OrderTicket ticket, long quantityRaw, long limitPriceRaw, long stopPriceRaw) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot modify orders");
    }

    /**
     * Links working orders one-cancels-other: when one fills (entirely or in part), the others are canceled.
     *
     * @throws UnsupportedOperationException if this context cannot (the kernel can)
     */
    default void oco(List<OrderTicket> tickets) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot link orders");
    }

    /**
     * Places a bracket: {@code entry}, then a stop-loss and a take-profit sent when it fills (see {@link BracketTicket}).
     *
     * @throws UnsupportedOperationException if this context cannot (the kernel can)
     */
    default BracketTicket bracket(StrategyId strategy, InstrumentId instrument, OrderRequest entry, long stopLossRaw,
                                  long takeProfitRaw) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot place brackets");
    }

    /**
     * Schedules a callback of a strategy on the kernel's clock; it runs on the kernel thread, and what it throws counts
     * as an error of the strategy.
     *
     * @param firstNanos  first time, nanoseconds since the epoch (UTC)
     * @param periodNanos period, nanoseconds, or 0 for once
     * @throws UnsupportedOperationException if this context cannot (the kernel can)
     */
    default Timer schedule(StrategyId strategy, long firstNanos, long periodNanos, TimerCallback callback) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot schedule callbacks");
    }

    /**
     * What a strategy holds: its own book when it has a capital budget in a shared account, else the account (read only).
     */
    default PortfolioView holdingsOf(StrategyId strategy) {
        return portfolio();
    }

    /** A strategy's capital, raw money: its budget when it has one, else the account's equity. */
    default long capitalRaw(StrategyId strategy) {
        return portfolio().equityRaw();
    }

    /** Hands a strategy's logged line or recorded value to the kernel's listeners, stamped with kernel time. */
    default void note(StrategyNote note) {
    }
}
