package wave.risk;

import java.time.Instant;
import java.util.Optional;
import wave.domain.calendar.Session;
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
    private long sessionOpenNanos;
    private long sessionCloseNanos;

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
        if (limits.tradingHoursOnly() && !isOpen(request.nowNanos())) {
            return Denials.of(DenyReason.OUTSIDE_TRADING_HOURS, "trading_hours_only", "the market of "
                    + request.ticket().instrument() + " is closed at " + instant(request.nowNanos()) + " (calendar "
                    + calendar.zone() + ")");
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

    /** Whether the market is open; the session last found open is kept, so that its orders allocate nothing. */
    private boolean isOpen(long nowNanos) {
        if (nowNanos >= sessionOpenNanos && nowNanos < sessionCloseNanos) {
            return true;
        }
        Instant now = instant(nowNanos);
        Optional<Instant> close = calendar.closeOf(now);
        if (close.isEmpty()) {
            return false;
        }
        Session session = calendar.session(close.get().minusNanos(1).atZone(calendar.zone()).toLocalDate()).orElseThrow();
        sessionOpenNanos = nanos(session.open().toInstant());
        sessionCloseNanos = nanos(close.get());
        return true;
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    private static long nanos(Instant time) {
        return time.getEpochSecond() * 1_000_000_000L + time.getNano();
    }
}
