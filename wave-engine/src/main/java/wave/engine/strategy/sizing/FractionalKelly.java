package wave.engine.strategy.sizing;

import wave.domain.instrument.Instrument;
import wave.domain.money.Money;
import wave.domain.money.Price;
import wave.domain.money.Quantity;

/**
 * Fractional Kelly sizing: the Kelly fraction {@code f* = p - (1 - p) / b} of a bet won with probability {@code p}
 * paying {@code b} times what a loss costs, scaled by {@code kellyFraction} (e.g. 0.5 for half Kelly) and by the
 * signal's confidence, capped at {@code maxFraction}; no position when the edge is not positive.
 *
 * @param kellyFraction share of the full Kelly fraction, (0, 1]
 * @param maxFraction   largest fraction of equity, (0, 1]
 */
public record FractionalKelly(double kellyFraction, double maxFraction) {
    /** Requires both in (0, 1]. */
    public FractionalKelly {
        if (!(kellyFraction > 0 && kellyFraction <= 1) || !(maxFraction > 0 && maxFraction <= 1)) {
            throw new IllegalArgumentException("Kelly and maximum fractions must be in (0, 1], got " + kellyFraction
                    + " and " + maxFraction);
        }
    }

    /**
     * The fraction of equity to hold.
     *
     * @param winProbability probability of a winning trade, [0, 1]
     * @param payoffRatio    average win over average loss, > 0
     * @param confidence     the signal's confidence, [0, 1] (1 when there is no signal)
     */
    public double fraction(double winProbability, double payoffRatio, double confidence) {
        if (!(winProbability >= 0 && winProbability <= 1) || !(payoffRatio > 0) || !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("Kelly needs a win probability and a confidence in [0, 1] and a payoff "
                    + "ratio > 0, got " + winProbability + ", " + confidence + " and " + payoffRatio);
        }
        double kelly = winProbability - (1 - winProbability) / payoffRatio;
        return Math.min(maxFraction, Math.max(0, kelly * kellyFraction * confidence));
    }

    /** Whole lots worth {@link #fraction} of equity at {@code price}, rounded down. */
    public Quantity quantity(double winProbability, double payoffRatio, double confidence, Money equity, Price price,
                             Instrument instrument) {
        return PositionSizes.ofFraction(fraction(winProbability, payoffRatio, confidence), equity, price, instrument);
    }
}
