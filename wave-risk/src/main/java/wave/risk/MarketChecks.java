package wave.risk;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import wave.domain.calendar.TradingCalendar;
import wave.domain.portfolio.PortfolioView;
import wave.domain.portfolio.PositionView;

/**
 * What the market breakers measure (docs/risk.md): a held instrument's return spike, the book's step P&amp;L spike,
 * stale or bad data, and when data would next be stale. Each measurement gives the reason to trip, or null; the engine
 * decides whether the breaker may trip and acts. Nothing is allocated unless a breaker trips.
 */
final class MarketChecks {
    private final MarketBreakers market;
    private final PortfolioView portfolio;
    private final TradingCalendar calendar;
    private final ReturnHistory returns;
    private final double[] volatilityReturns;
    private final BookPnl bookPnl;

    MarketChecks(MarketBreakers market, PortfolioView portfolio, TradingCalendar calendar, ReturnHistory returns) {
        this.market = market;
        this.portfolio = portfolio;
        this.calendar = calendar;
        this.returns = returns;
        this.volatilityReturns = new double[market.volatilityWindow() + 1];
        this.bookPnl = new BookPnl(returns, market.volatilityWindow() + 1);
    }

    /**
     * The volatility spike: for each held instrument, its latest return against the sample standard deviation (n - 1)
     * of the {@code volatility_window} returns before it; the instrument with the most standard deviations trips it at
     * {@code threshold} or more. Instruments without that history, or with a deviation of zero, are skipped.
     */
    String volatilitySpike(long tsNanos) {
        Breaker breaker = market.volatilitySpike();
        int window = market.volatilityWindow();
        double[] r = volatilityReturns;
        PositionView worst = null;
        double worstSigmas = 0;
        double worstReturn = 0;
        double worstDeviation = 0;
        List<PositionView> positions = portfolio.positions();
        for (int i = 0; i < positions.size(); i++) {
            PositionView p = positions.get(i);
            if (p.isFlat() || !returns.returns(p.instrumentId(), tsNanos, r, window + 1)) {
                continue;
            }
            double deviation = BookStats.stdev(r, window);
            double sigmas = deviation > 0 ? Math.abs(r[window]) / deviation : 0;
            if (sigmas > worstSigmas) {
                worst = p;
                worstSigmas = sigmas;
                worstReturn = r[window];
                worstDeviation = deviation;
            }
        }
        if (worst == null || worstSigmas < breaker.threshold()) {
            return null;
        }
        return worst.instrumentId() + "'s latest return " + Denials.pct(worstReturn * 100) + " is "
                + String.format(Locale.ROOT, "%.2f", worstSigmas) + " standard deviations (" + Denials.pct(worstDeviation * 100)
                + " over the " + window + " returns before it), threshold " + Denials.plain(breaker.threshold());
    }

    /**
     * The book volatility spike: the current book's step P&amp;L over the last {@code volatility_window} + 1 returns of
     * its instruments ({@link BookPnl}: each position at its value now, so that a book grown or cut since is measured
     * as it stands), the latest against the sample standard deviation (n - 1) of the ones before it. A book without a
     * position with that history, or whose P&amp;Ls before the latest are all equal, is skipped.
     */
    String bookVolatilitySpike(long tsNanos) {
        Breaker breaker = market.bookVolatilitySpike();
        int window = market.volatilityWindow();
        double[] pnl = bookPnl.pnl(portfolio, tsNanos);
        if (bookPnl.positionsUsed() == 0) {
            return null;
        }
        double deviation = BookStats.stdev(pnl, window);
        double sigmas = deviation > 0 ? Math.abs(pnl[window]) / deviation : 0;
        if (sigmas < breaker.threshold()) {
            return null;
        }
        return String.format(Locale.ROOT, "the book's latest step P&L %,.2f is %.2f standard deviations (%,.2f over the %d "
                + "steps before it), threshold %s", pnl[window], sigmas, deviation, window, Denials.plain(breaker.threshold()));
    }

    /**
     * Stale or bad data: for each held instrument, a bad latest bar trips it at once; otherwise the age of its latest
     * bar beyond {@code threshold} trips it. While the calendar's market is open the age counts from the session's open
     * at the earliest (the night before the session does not count); outside a session it is the time since the bar's
     * label.
     */
    String staleData(long tsNanos) {
        long thresholdNanos = thresholdNanos();
        long sessionOpen = Long.MIN_VALUE;
        boolean sessionKnown = false;
        List<PositionView> positions = portfolio.positions();
        for (int i = 0; i < positions.size(); i++) {
            PositionView p = positions.get(i);
            if (p.isFlat()) {
                continue;
            }
            long last = returns.lastBarNanos(p.instrumentId(), tsNanos);
            if (last == Long.MIN_VALUE) {
                continue;
            }
            String defect = returns.lastBarDefect(p.instrumentId(), tsNanos);
            if (defect != null) {
                return p.instrumentId() + "'s latest bar (" + instant(last) + ") is bad: " + defect;
            }
            if (!sessionKnown) {
                sessionOpen = sessionOpenNanos(tsNanos);
                sessionKnown = true;
            }
            long age = tsNanos - Math.max(last, sessionOpen);
            if (age > thresholdNanos) {
                return p.instrumentId() + " has had no new bar for " + Duration.ofNanos(age) + " (the last labelled "
                        + instant(last) + "), threshold " + Duration.ofNanos(thresholdNanos);
            }
        }
        return null;
    }

    /**
     * The first time after {@code nowNanos} at which a held instrument's latest bar would be older than
     * {@code threshold} if no bar came: its label (or the session's open, when later; while the market is closed, the
     * next open) plus the threshold and 1 ns.
     *
     * @return {@link Long#MAX_VALUE} when no held instrument has a bar, or the calendar has no next open
     */
    long nextStaleNanos(long nowNanos) {
        long base = sessionOpenNanos(nowNanos);
        if (base == Long.MIN_VALUE) {
            Optional<Instant> open = calendar.nextOpen(instant(nowNanos));
            if (open.isEmpty()) {
                return Long.MAX_VALUE;
            }
            base = open.get().getEpochSecond() * 1_000_000_000L + open.get().getNano();
        }
        long due = Long.MAX_VALUE;
        List<PositionView> positions = portfolio.positions();
        for (int i = 0; i < positions.size(); i++) {
            PositionView p = positions.get(i);
            long last = p.isFlat() ? Long.MIN_VALUE : returns.lastBarNanos(p.instrumentId(), nowNanos);
            if (last != Long.MIN_VALUE) {
                due = Math.min(due, Math.max(last, base) + thresholdNanos() + 1);
            }
        }
        return due;
    }

    /** True when the calendar's market is open at {@code tsNanos}. */
    boolean isOpen(long tsNanos) {
        return calendar.isOpen(instant(tsNanos));
    }

    private long thresholdNanos() {
        return Math.round(market.staleData().threshold() * 1e9);
    }

    /** The open of the calendar's session in progress at {@code tsNanos}, or {@link Long#MIN_VALUE} when closed. */
    private long sessionOpenNanos(long tsNanos) {
        Instant now = instant(tsNanos);
        if (!calendar.isOpen(now)) {
            return Long.MIN_VALUE;
        }
        return calendar.closeOf(now)
                .flatMap(close -> calendar.session(close.atZone(calendar.zone()).toLocalDate()))
                .map(session -> session.open().toInstant())
                .map(open -> open.getEpochSecond() * 1_000_000_000L + open.getNano())
                .orElse(Long.MIN_VALUE);
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
