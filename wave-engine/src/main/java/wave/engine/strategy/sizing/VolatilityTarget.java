package wave.engine.strategy.sizing;

import wave.domain.instrument.Instrument;
import wave.domain.money.Money;
import wave.domain.money.Price;
import wave.domain.money.Quantity;

/**
 * Volatility targeting: a position whose volatility is the target's, {@code fraction = target / volatility} of
 * equity, capped at {@code maxFraction}. Both volatilities over the same horizon (e.g. annualised).
 *
 * @param targetVolatility the position's volatility aimed at, > 0 (e.g. 0.10 for 10% a year)
 * @param maxFraction      largest fraction of equity, > 0 (above 1 only with margin)
 */
public record VolatilityTarget(double targetVolatility, double maxFraction) {
    /** Requires both positive. */
    public VolatilityTarget {
        if (!(targetVolatility > 0) || !(maxFraction > 0)) {
            throw new IllegalArgumentException("target volatility and maximum fraction must be > 0, got "
                    + targetVolatility + " and " + maxFraction);
        }
    }

    /** The fraction of equity for an instrument of {@code volatility} (> 0). */
    public double fraction(double volatility) {
        if (!(volatility > 0)) {
            throw new IllegalArgumentException("volatility must be > 0, got " + volatility);
        }
        return Math.min(maxFraction, targetVolatility / volatility);
    }

    /** Whole lots worth {@link #fraction} of equity at {@code price}, rounded down. */
    public Quantity quantity(double volatility, Money equity, Price price, Instrument instrument) {
        return PositionSizes.ofFraction(fraction(volatility), equity, price, instrument);
    }
}
