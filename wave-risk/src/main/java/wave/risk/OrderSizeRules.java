package wave.risk;

import java.util.Locale;
import wave.domain.money.FixedPoint;
import wave.domain.order.DenyReason;
import wave.engine.pretrade.Denial;
import wave.engine.pretrade.PreTradeCheck;
import wave.engine.pretrade.PreTradeRequest;

/**
 * Limits on one order's size: its notional as a % of equity and in absolute terms ({@code MAX_ORDER_NOTIONAL}; for
 * orders that open or increase a position, so that an exit is never refused for its size), its quantity
 * ({@code MAX_ORDER_QUANTITY}, every order: a fat-finger check) and its quantity as a % of the instrument's average
 * daily volume ({@code MAX_ADV_PARTICIPATION}, every order; a notional order is not checked against volume, its
 * quantity is decided at the fill).
 */
final class OrderSizeRules implements PreTradeCheck {
    private final RiskLimits limits;
    private final OrderImpact impact;
    private final AverageVolume volume;

    OrderSizeRules(RiskLimits limits, OrderImpact impact, AverageVolume volume) {
        this.limits = limits;
        this.impact = impact;
        this.volume = volume;
    }

    @Override
    public Denial check(PreTradeRequest request) {
        long notional = impact.orderValueRaw();
        long equity = impact.equityRaw();
        boolean increases = impact.increases();
        if (increases && limits.maxOrderPctOfEquity() > 0 && OrderImpact.pct(notional, equity) > limits.maxOrderPctOfEquity()) {
            return Denials.of(DenyReason.MAX_ORDER_NOTIONAL, "max_order_pct", "order of " + Denials.money(notional)
                    + " is " + Denials.pct(OrderImpact.pct(notional, equity)) + " of equity " + Denials.money(equity)
                    + ", limit " + Denials.limitPct(limits.maxOrderPctOfEquity()));
        }
        if (increases && limits.maxOrderNotionalRaw() > 0 && notional > limits.maxOrderNotionalRaw()) {
            return Denials.of(DenyReason.MAX_ORDER_NOTIONAL, "max_order_notional", "order of " + Denials.money(notional)
                    + " exceeds " + FixedPoint.formatMoney(limits.maxOrderNotionalRaw()));
        }
        long quantity = request.quantityRaw();
        if (limits.maxOrderQuantityRaw() > 0 && quantity > limits.maxOrderQuantityRaw()) {
            return Denials.of(DenyReason.MAX_ORDER_QUANTITY, "max_order_quantity", "quantity " + FixedPoint.formatQuantity(quantity)
                    + " exceeds " + FixedPoint.formatQuantity(limits.maxOrderQuantityRaw()));
        }
        if (limits.maxPctOfAverageDailyVolume() > 0 && quantity > 0) {
            double adv = volume.averageDailyVolume(request.ticket().instrument(), request.nowNanos());
            double share = 100 * FixedPoint.quantityToDouble(quantity) / adv;
            if (adv > 0 && share > limits.maxPctOfAverageDailyVolume()) {
                return Denials.of(DenyReason.MAX_ADV_PARTICIPATION, "max_adv_pct", String.format(Locale.ROOT,
                        "quantity %s is %.2f%% of the average daily volume %.0f of %s, limit %s",
                        FixedPoint.formatQuantity(quantity), share, adv, request.ticket().instrument(),
                        Denials.limitPct(limits.maxPctOfAverageDailyVolume())));
            }
        }
        return null;
    }
}
