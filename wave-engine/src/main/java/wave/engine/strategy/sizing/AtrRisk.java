package wave.engine.strategy.sizing;

import wave.domain.instrument.Instrument;
import wave.domain.money.Money;
import wave.domain.money.Price;
import wave.domain.money.Quantity;

/**
 * Risk per trade with an ATR stop: the stop lies {@code atrMultiple} ATRs from the entry, and the position is sized so
 * that being stopped out loses {@code riskFraction} of equity: {@code units = riskFraction x equity / (atrMultiple x
 * ATR x multiplier)}, rounded down to lots, and never more than the equity buys at the price.
 *
 * @param riskFraction share of equity lost at the stop, (0, 1]; e.g. 0.01 for 1%
 * @param atrMultiple  stop distance in ATRs, > 0
 */
public record AtrRisk(double riskFraction, double atrMultiple) {
    /** Requires a fraction in (0, 1] and a positive multiple. */
    public AtrRisk {
        if (!(riskFraction > 0 && riskFraction <= 1) || !(atrMultiple > 0)) {
            throw new IllegalArgumentException("risk fraction must be in (0, 1] and ATR multiple > 0, got " + riskFraction
                    + " and " + atrMultiple);
        }
    }

    /** The stop's distance from the entry for an ATR of {@code atr} (price units). */
    public double stopDistance(double atr) {
        return atrMultiple * atr;
    }

    /**
     * The fraction of equity whose stop-out loses {@code riskFraction} of equity, {@code riskFraction x price / stop},
     * at most 1 (no more than the equity buys).
     *
     * @param atr   the instrument's average true range, price units, > 0
     * @param price the entry price, > 0
     */
    public double fraction(double atr, double price) {
        if (!(atr > 0)) {
            throw new IllegalArgumentException("ATR must be > 0, got " + atr);
        }
        return Math.min(1, riskFraction * price / stopDistance(atr));
    }

    /**
     * Whole lots whose stop-out loses {@code riskFraction} of equity.
     *
     * @param atr the instrument's average true range, price units, > 0
     */
    public Quantity quantity(double atr, Money equity, Price price, Instrument instrument) {
        // units x stop x multiplier = risk x equity, so the fraction of equity held is risk x price / stop
        return PositionSizes.ofFraction(fraction(atr, price.toDouble()), equity, price, instrument);
    }
}
