package wave.risk;

import wave.domain.order.DenyReason;
import wave.engine.pretrade.Denial;
import wave.engine.pretrade.PreTradeCheck;
import wave.engine.pretrade.PreTradeRequest;

/**
 * Loss limits for orders that open or increase a position: once the day's loss ({@code DAILY_LOSS}) or the week's
 * ({@code WEEKLY_LOSS}) reached its limit, or the drawdown from the equity peak its halt level ({@code MAX_DRAWDOWN}),
 * only reductions pass. Losses are % of the equity at the day's, week's start or at the peak ({@link RiskBook}).
 */
final class LossRules implements PreTradeCheck {
    private final RiskLimits limits;
    private final OrderImpact impact;
    private final RiskBook book;

    LossRules(RiskLimits limits, OrderImpact impact, RiskBook book) {
        this.limits = limits;
        this.impact = impact;
        this.book = book;
    }

    @Override
    public Denial check(PreTradeRequest request) {
        if (!impact.increases()) {
            return null;
        }
        long equity = impact.equityRaw();
        double daily = book.dailyLossPct(equity);
        if (limits.dailyLossPct() > 0 && daily >= limits.dailyLossPct()) {
            return Denials.of(DenyReason.DAILY_LOSS, "daily_loss_pct", "the day's loss is " + Denials.pct(daily) + " (equity "
                    + Denials.money(equity) + " from " + Denials.money(book.dayStartEquityRaw()) + "), limit "
                    + Denials.limitPct(limits.dailyLossPct()));
        }
        double weekly = book.weeklyLossPct(equity);
        if (limits.weeklyLossPct() > 0 && weekly >= limits.weeklyLossPct()) {
            return Denials.of(DenyReason.WEEKLY_LOSS, "weekly_loss_pct", "the week's loss is " + Denials.pct(weekly) + " (equity "
                    + Denials.money(equity) + " from " + Denials.money(book.weekStartEquityRaw()) + "), limit "
                    + Denials.limitPct(limits.weeklyLossPct()));
        }
        double drawdown = book.drawdownPct(equity);
        if (limits.drawdownHaltPct() > 0 && drawdown >= limits.drawdownHaltPct()) {
            return Denials.of(DenyReason.MAX_DRAWDOWN, "drawdown_halt_pct", "drawdown is " + Denials.pct(drawdown)
                    + " (equity " + Denials.money(equity) + " from the peak " + Denials.money(book.peakEquityRaw())
                    + "), halt level " + Denials.limitPct(limits.drawdownHaltPct()));
        }
        return null;
    }
}
