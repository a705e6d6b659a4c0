package wave.risk;

import java.util.Objects;

/**
 * The breakers on the market and the venue, beside the loss breakers of {@link RiskConfig}.
 *
 * @param volatilitySpike     trips when a held instrument's latest absolute return is more than {@code threshold}
 *                            standard deviations of its {@code volatilityWindow} returns before it
 * @param bookVolatilitySpike trips when the current book's latest step P&amp;L (its positions' values times their
 *                            instruments' latest returns) is more than {@code threshold} standard deviations of its
 *                            {@code volatilityWindow} step P&amp;Ls before it
 * @param volatilityWindow    returns the standard deviation is measured over (at least 2)
 * @param staleData           trips when a held instrument has had no new bar for more than {@code threshold} seconds
 *                            (of the session, docs/risk.md), or when its latest bar is bad
 * @param venueErrors         trips when {@code threshold} orders have been rejected by one venue within
 *                            {@code venueErrorsWindowNanos}
 * @param venueErrorsWindowNanos the window the rejections are counted in, nanoseconds
 */
public record MarketBreakers(Breaker volatilitySpike, Breaker bookVolatilitySpike, int volatilityWindow, Breaker staleData,
                             Breaker venueErrors, long venueErrorsWindowNanos) {
    /** Returns the standard deviation of the volatility spike breaker is measured over, by default. */
    public static final int VOLATILITY_WINDOW = 20;
    /** The window of the venue errors breaker, by default: one minute. */
    public static final long VENUE_ERRORS_WINDOW_NANOS = 60_000_000_000L;
    /** Every one off. */
    public static final MarketBreakers OFF = new MarketBreakers(Breaker.OFF, Breaker.OFF, VOLATILITY_WINDOW, Breaker.OFF, Breaker.OFF,
            VENUE_ERRORS_WINDOW_NANOS);

    /** Checks the values. */
    public MarketBreakers {
        Objects.requireNonNull(volatilitySpike, "volatilitySpike");
        Objects.requireNonNull(bookVolatilitySpike, "bookVolatilitySpike");
        Objects.requireNonNull(staleData, "staleData");
        Objects.requireNonNull(venueErrors, "venueErrors");
        if (volatilityWindow < 2) {
            throw new IllegalArgumentException("volatility window must be at least 2 returns, got " + volatilityWindow);
        }
        if (venueErrorsWindowNanos <= 0) {
            throw new IllegalArgumentException("venue errors window must be positive, got " + venueErrorsWindowNanos);
        }
        if (venueErrors.isOn() && venueErrors.threshold() != Math.rint(venueErrors.threshold())) {
            throw new IllegalArgumentException("venue errors threshold must be a whole count, got " + venueErrors.threshold());
        }
    }
}
