package wave.risk;

import wave.domain.order.DenyReason;
import wave.engine.pretrade.Denial;
import wave.engine.pretrade.PreTradeCheck;
import wave.engine.pretrade.PreTradeRequest;

/**
 * Limits on the whole book after an order that opens or increases a position: gross exposure
 * ({@code MAX_GROSS_EXPOSURE}) and absolute net exposure ({@code MAX_NET_EXPOSURE}) as % of equity, and leverage, gross
 * exposure over equity ({@code MAX_LEVERAGE}).
 */
final class ExposureRules implements PreTradeCheck {
    private final RiskLimits limits;
    private final OrderImpact impact;

    ExposureRules(RiskLimits limits, OrderImpact impact) {
        this.limits = limits;
        this.impact = impact;
    }

    @Override
    public Denial check(PreTradeRequest request) {
        if (!impact.increases()) {
            return null;
        }
        long equity = impact.equityRaw();
        long gross = impact.grossAfterRaw();
        if (limits.maxGrossExposurePctOfEquity() > 0 && OrderImpact.pct(gross, equity) > limits.maxGrossExposurePctOfEquity()) {
            return Denials.of(DenyReason.MAX_GROSS_EXPOSURE, "max_gross_exposure_pct", "gross exposure would be "
                    + Denials.pct(OrderImpact.pct(gross, equity)) + " of equity (" + Denials.money(gross) + " of "
                    + Denials.money(equity) + "), limit " + Denials.limitPct(limits.maxGrossExposurePctOfEquity()));
        }
        long net = Math.abs(impact.netAfterRaw());
        if (limits.maxNetExposurePctOfEquity() > 0 && OrderImpact.pct(net, equity) > limits.maxNetExposurePctOfEquity()) {
            return Denials.of(DenyReason.MAX_NET_EXPOSURE, "max_net_exposure_pct", "net exposure would be "
                    + Denials.pct(OrderImpact.pct(net, equity)) + " of equity (" + Denials.money(impact.netAfterRaw())
                    + " of " + Denials.money(equity) + "), limit " + Denials.limitPct(limits.maxNetExposurePctOfEquity()));
        }
        double leverage = OrderImpact.pct(gross, equity) / 100;
        if (limits.maxLeverage() > 0 && leverage > limits.maxLeverage()) {
            return Denials.of(DenyReason.MAX_LEVERAGE, "max_leverage", String.format(java.util.Locale.ROOT,
                    "leverage would be %.2f (gross %s over equity %s), limit %s", leverage, Denials.money(gross),
                    Denials.money(equity), Denials.plain(limits.maxLeverage())));
        }
        return null;
    }
}
