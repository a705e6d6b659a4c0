package wave.engine.execution;

import wave.domain.market.Bar;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderType;

/**
 * The default fill rules on bar data (see {@code docs/backtest-assumptions.md}); the venue applies them only
 * to bars after the one on which the order was placed.
 * <ul>
 *   <li>MARKET: fills at the bar's open.</li>
 *   <li>LIMIT buy: at the open if the open is at or below the limit (gapped through: the better open), else at the
 *       limit if the low reaches it. Sell mirrors with the high.</li>
 *   <li>STOP buy: at the open if the open is at or above the stop (gapped through: the worse open), else at the
 *       stop if the high reaches it. Sell mirrors with the low.</li>
 *   <li>STOP_LIMIT: triggers like a stop; once triggered it fills like a limit order. When the stop triggers inside
 *       the bar, a buy fills at {@code min(stop, limit)} if the low reaches the limit (sell mirrors): the bar's path
 *       is unknown, so the price is assumed to reach the limit after touching the stop.</li>
 *   <li>TRAILING_STOP: a stop at the level the venue passes as {@code stopPriceRaw} (the level trailed up to the
 *       previous bar).</li>
 *   <li>MARKET_ON_OPEN: at the open. MARKET_ON_CLOSE: at the close.</li>
 *   <li>A STOP or TRAILING_STOP that has already triggered (its rest is working after a partial fill) is a market
 *       order: it fills at the open.</li>
 * </ul>
 */
public final class NextBarFillModel implements FillModel {
    @Override
    public long fillPriceRaw(OrderSide side, OrderType type, long limitPriceRaw, long stopPriceRaw, boolean stopTriggered, Bar bar) {
        return switch (type) {
            case MARKET, MARKET_ON_OPEN -> bar.openRaw();
            case MARKET_ON_CLOSE -> bar.closeRaw();
            case LIMIT -> limitFill(side, limitPriceRaw, bar);
            case STOP, TRAILING_STOP -> stopTriggered ? bar.openRaw() : stopFill(side, stopPriceRaw, bar);
            case STOP_LIMIT -> stopLimitFill(side, limitPriceRaw, stopPriceRaw, stopTriggered, bar);
        };
    }

    /** True when the bar trades at or through the stop price. */
    public static boolean stopTouched(OrderSide side, long stopPriceRaw, Bar bar) {
        return side == OrderSide.BUY ? bar.highRaw() >= stopPriceRaw : bar.lowRaw() <= stopPriceRaw;
    }

    /** True when the bar opens at or through the stop price (a buy: open >= stop; a sell: open <= stop). */
    public static boolean openedThroughStop(OrderSide side, long stopPriceRaw, Bar bar) {
        return side == OrderSide.BUY ? bar.openRaw() >= stopPriceRaw : bar.openRaw() <= stopPriceRaw;
    }

    private static long limitFill(OrderSide side, long limit, Bar bar) {
        if (side == OrderSide.BUY) {
            if (bar.openRaw() <= limit) {
                return bar.openRaw();
            }
            return bar.lowRaw() <= limit ? limit : NO_FILL;
        }
        if (bar.openRaw() >= limit) {
            return bar.openRaw();
        }
        return bar.highRaw() >= limit ? limit : NO_FILL;
    }

    private static long stopFill(OrderSide side, long stop, Bar bar) {
        if (side == OrderSide.BUY) {
            if (bar.openRaw() >= stop) {
                return bar.openRaw();
            }
            return bar.highRaw() >= stop ? stop : NO_FILL;
        }
        if (bar.openRaw() <= stop) {
            return bar.openRaw();
        }
        return bar.lowRaw() <= stop ? stop : NO_FILL;
    }

    private static long stopLimitFill(OrderSide side, long limit, long stop, boolean triggered, Bar bar) {
        if (triggered) {
            return limitFill(side, limit, bar);
        }
        if (openedThroughStop(side, stop, bar)) {
            return limitFill(side, limit, bar);
        }
        if (!stopTouched(side, stop, bar)) {
            return NO_FILL;
        }
        if (side == OrderSide.BUY) {
            return bar.lowRaw() <= limit ? Math.min(stop, limit) : NO_FILL;
        }
        return bar.highRaw() >= limit ? Math.max(stop, limit) : NO_FILL;
    }
}
