package wave.risk;

import java.time.Instant;
import wave.domain.calendar.TradingCalendar;
import wave.domain.order.DenyReason;
import wave.engine.pretrade.Denial;
import wave.engine.pretrade.PreTradeCheck;
import wave.engine.pretrade.PreTradeRequest;

/**
 * Whether the instrument may be traded now: the restricted list ({@code RESTRICTED}, for orders that open or
 * increase a position), the trading hours of the run's calendar ({@code OUTSIDE_TRADING_HOURS}, every order) and the
 * confidence of the latest signal on the instrument ({@code LOW_CONFIDENCE}, for increases; orders on instruments
 * with no signal pass: plain quantitative strategies place orders without one).
 */
final class EligibilityRules implements PreTradeCheck {
    private final RiskLimits limits;
    private final OrderImpact impact;
    private final RiskBook book;
    private final TradingCalendar calendar;

    EligibilityRules(RiskLimits limits, OrderImpact impact, RiskBook book, TradingCalendar calendar) {
        this.limits = limits;
        this.impact = impact;
        this.book = book;
        this.calendar = calendar;
    }

    @Override
    public Denial check(PreTradeRequest request) {
        String symbol = request.ticket().instrument().symbol();
        if (impact.increases() && !limits.restricted().isEmpty() && limits.restricted().contains(symbol)) {
            return Denials.of(DenyReason.RESTRICTED, "restricted", request.ticket().instrument()
                    + " is on the restricted list; only orders that reduce its position pass");
        }
        if (limits.tradingHoursOnly()) {
            Instant now = Instant.ofEpochSecond(Math.floorDiv(request.nowNanos(), 1_000_000_000L),
                    Math.floorMod(request.nowNanos(), 1_000_000_000L));
            if (!calendar.isOpen(now)) {
                return Denials.of(DenyReason.OUTSIDE_TRADING_HOURS, "trading_hours_only", "the market of "
                        + request.ticket().instrument() + " is closed at " + now + " (calendar " + calendar.zone() + ")");
            }
        }
        if (limits.minConfidence() > 0 && impact.increases()) {
            double confidence = book.confidence(request.ticket().instrument());
            if (confidence < limits.minConfidence()) {
                return Denials.of(DenyReason.LOW_CONFIDENCE, "min_confidence", "the latest signal on "
                        + request.ticket().instrument() + " has confidence " + Denials.plain(confidence) + ", at least "
                        + Denials.plain(limits.minConfidence()) + " needed");
            }
        }
        return null;
    }
}
