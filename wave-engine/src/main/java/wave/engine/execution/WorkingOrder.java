package wave.engine.execution;

import wave.domain.calendar.TradingCalendar;
import wave.domain.market.Bar;
import wave.domain.order.OrderSide;
import wave.domain.order.TimeInForce;
import wave.engine.order.OrderTicket;

/**
 * The simulated venue's state of one order: the bar on which it reaches the venue, its expiry, a trailing stop's
 * best price and level, and what it does on the bar being matched. Prices are raw fixed point. The venue recycles
 * instances once their order has ended ({@link #reset}), so orders cost no allocation here.
 */
final class WorkingOrder {
    /** No fill on the current bar. */
    static final int NO_FILL = 0;
    /** Fills at the open (market, market-on-open, gaps through a limit or stop). */
    static final int AT_OPEN = 1;
    /** Fills inside the bar (a limit or stop reached after the open). */
    static final int IN_BAR = 2;
    /** Fills at the close (market-on-close). */
    static final int AT_CLOSE = 3;

    OrderTicket ticket;
    /** The instrument's bar number (the first bar is 1) on which the order reaches the venue. */
    long arrivalBar;
    /** The first bar that may take the order (before latency): the first that started at or after it was sent. */
    private long firstBar;
    /** When the order was sent, nanoseconds since the epoch (UTC). */
    private long sentNanos;
    /** The bar number on which the venue received it, or 0 before. */
    long receiptBar;
    /** Nanoseconds since the epoch after which it no longer works: GTD from the order, DAY from its receipt. */
    long expiryNanos;
    private long bestRaw;
    private long trailingStopRaw;
    /** Decision on the current bar: {@link #NO_FILL}, {@link #AT_OPEN}, {@link #IN_BAR} or {@link #AT_CLOSE}. */
    int phase;
    /** Matched price on the current bar (before slippage) when {@link #phase} is not {@link #NO_FILL}. */
    long priceRaw;
    /** True when the current bar traded at or through the stop of a stop-family order not yet triggered. */
    boolean touched;

    /**
     * Makes this the state of a newly submitted order, sent at {@code sent} (nanoseconds), which bar {@code first} or a
     * later one takes, {@code latencyBars} bars later.
     */
    WorkingOrder reset(OrderTicket order, long first, int latencyBars, long sent) {
        ticket = order;
        firstBar = first;
        arrivalBar = first + latencyBars;
        sentNanos = sent;
        receiptBar = 0;
        expiryNanos = order.expireNanos();
        bestRaw = 0;
        trailingStopRaw = 0;
        phase = NO_FILL;
        priceRaw = 0;
        touched = false;
        return this;
    }

    /**
     * Bar {@code barNumber}, which started at {@code startNanos}, is the first that may take the order: when the order
     * was sent after that start, the next bar is (and its arrival moves one bar later).
     */
    void skipIfSentAfter(long barNumber, long startNanos) {
        if (receiptBar == 0 && firstBar == barNumber && startNanos < sentNanos) {
            firstBar++;
            arrivalBar++;
        }
    }

    /**
     * The order reached the venue on bar {@code barNumber}: a DAY order now expires at the close of that bar's
     * session ({@link SessionEnds}), and a trailing stop starts trailing from the bar's open.
     */
    void received(long barNumber, Bar bar, TradingCalendar calendar, long barNanos) {
        receiptBar = barNumber;
        if (ticket.timeInForce() == TimeInForce.DAY) {
            expiryNanos = SessionEnds.dayOrderExpiry(calendar, bar.tsNanos(), barNanos);
        }
        if (ticket.type().isTrailing()) {
            bestRaw = bar.openRaw();
            trailingStopRaw = ticket.trailingOffset().stopPriceRaw(ticket.side(), bestRaw);
        }
    }

    /** The stop price the fill model checks: the trailing level for a trailing stop, else the order's stop. */
    long stopPriceRaw() {
        return ticket.type().isTrailing() ? trailingStopRaw : ticket.stopPriceRaw();
    }

    /**
     * Moves a trailing stop's best price to this bar's extreme (the high for a sell, the low for a buy) and its stop
     * with it, never back; called after the bar was matched against the previous level.
     *
     * @return the stop price now
     */
    long trail(Bar bar) {
        long extreme = ticket.side() == OrderSide.SELL ? Math.max(bestRaw, bar.highRaw()) : Math.min(bestRaw, bar.lowRaw());
        if (extreme != bestRaw) {
            bestRaw = extreme;
            trailingStopRaw = ticket.trailingOffset().stopPriceRaw(ticket.side(), extreme);
        }
        return trailingStopRaw;
    }

    /** True when the order lives only on the bar on which it reached the venue (IOC, FOK, auction orders). */
    boolean isSingleBar() {
        return ticket.timeInForce().isImmediate() || ticket.type().isAuction();
    }
}
