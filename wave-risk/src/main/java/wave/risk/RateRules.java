package wave.risk;

import wave.domain.order.DenyReason;
import wave.engine.pretrade.Denial;
import wave.engine.pretrade.PreTradeCheck;
import wave.engine.pretrade.PreTradeRequest;

/**
 * Flood limits ({@code ORDER_RATE}, {@code TRADE_RATE}): orders sent in any 60 seconds and in the trading day, and
 * fills booked in the trading day, counted by the {@link RiskBook}.
 */
final class RateRules implements PreTradeCheck {
    private final RiskLimits limits;
    private final RiskBook book;

    RateRules(RiskLimits limits, RiskBook book) {
        this.limits = limits;
        this.book = book;
    }

    @Override
    public Denial check(PreTradeRequest request) {
        if (book.isMinuteFull(request.nowNanos())) {
            return Denials.of(DenyReason.ORDER_RATE, "max_orders_per_minute", book.ordersInLastMinute(request.nowNanos())
                    + " orders sent in the last minute, limit " + limits.maxOrdersPerMinute());
        }
        if (limits.maxOrdersPerDay() > 0 && book.ordersToday() >= limits.maxOrdersPerDay()) {
            return Denials.of(DenyReason.ORDER_RATE, "max_orders_per_day", book.ordersToday() + " orders sent today, limit "
                    + limits.maxOrdersPerDay());
        }
        if (limits.maxTradesPerDay() > 0 && book.tradesToday() >= limits.maxTradesPerDay()) {
            return Denials.of(DenyReason.TRADE_RATE, "max_trades_per_day", book.tradesToday() + " trades booked today, limit "
                    + limits.maxTradesPerDay());
        }
        return null;
    }
}
