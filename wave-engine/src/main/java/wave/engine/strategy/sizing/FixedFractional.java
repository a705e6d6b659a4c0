package wave.engine.strategy.sizing;

import wave.domain.instrument.Instrument;
import wave.domain.money.Money;
import wave.domain.money.Price;
import wave.domain.money.Quantity;

/**
 * Fixed fractional sizing: a fixed fraction of equity in each position.
 *
 * @param fraction of equity, (0, 1]; e.g. 0.02 for 2%
 */
public record FixedFractional(double fraction) {
    /** Requires a fraction in (0, 1]. */
    public FixedFractional {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fixed fraction must be in (0, 1], got " + fraction);
        }
    }

    /** Whole lots worth {@code fraction x equity} at {@code price}, rounded down. */
    public Quantity quantity(Money equity, Price price, Instrument instrument) {
        return PositionSizes.ofFraction(fraction, equity, price, instrument);
    }
}
