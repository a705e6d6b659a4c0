package wave.risk;

import java.util.Objects;

/**
 * The risk engine's configuration: pre-trade limits and circuit breakers.
 *
 * @param limits      the pre-trade limits
 * @param dailyLoss   trips on the day's loss, % of the day's starting equity
 * @param weeklyLoss  trips on the week's loss, % of the week's starting equity
 * @param drawdown    trips on the drawdown from the equity peak, %
 * @param lossStreak  trips on this many losing round trips in a row
 * @param book        the correlation and VaR limits, and the parameters of the book's risk figures
 * @param venueRate   orders to one venue in any second, and whether an order over it is refused or held
 * @param market      the volatility spike, stale data and venue errors breakers
 */
public record RiskConfig(RiskLimits limits, Breaker dailyLoss, Breaker weeklyLoss, Breaker drawdown, Breaker lossStreak,
                         BookLimits book, VenueRate venueRate, MarketBreakers market) {
    /** A configuration without book limits, venue rate and market breakers. */
    public RiskConfig(RiskLimits limits, Breaker dailyLoss, Breaker weeklyLoss, Breaker drawdown, Breaker lossStreak) {
        this(limits, dailyLoss, weeklyLoss, drawdown, lossStreak, BookLimits.OFF, VenueRate.OFF, MarketBreakers.OFF);
    }

    /** Requires every part. */
    public RiskConfig {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(dailyLoss, "dailyLoss");
        Objects.requireNonNull(weeklyLoss, "weeklyLoss");
        Objects.requireNonNull(drawdown, "drawdown");
        Objects.requireNonNull(lossStreak, "lossStreak");
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(venueRate, "venueRate");
        Objects.requireNonNull(market, "market");
    }
}
