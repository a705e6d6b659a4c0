package wave.domain.order;

import java.util.Objects;
import wave.domain.money.FixedPoint;
import wave.domain.money.Price;
import wave.domain.money.Scales;

/**
 * Distance of a trailing stop from the best price seen: a price amount (e.g. 0.50) or a percentage of that price
 * (e.g. 2%). The stop of a sell is {@code best - amount} or {@code best x (1 - percent / 100)}; of a buy
 * {@code best + amount} or {@code best x (1 + percent / 100)}; exact to nine decimals, rounded half-even.
 *
 * @param unit     amount or percent
 * @param valueRaw the amount (price units) raw price, or the percentage (2% = 2), raw ratio (nine decimals), positive
 */
public record TrailingOffset(Unit unit, long valueRaw) {
    /** How the offset is expressed. */
    public enum Unit {
        /** A price distance in the instrument's quote currency. */
        PRICE,
        /** A percentage of the best price. */
        PERCENT
    }

    /** Requires a unit and a positive value (a percentage below 100). */
    public TrailingOffset {
        Objects.requireNonNull(unit, "unit");
        if (valueRaw <= 0) {
            throw new IllegalArgumentException("trailing offset must be > 0, got " + (unit == Unit.PRICE
                    ? FixedPoint.formatPrice(valueRaw) : FixedPoint.formatRatio(valueRaw)));
        }
        if (unit == Unit.PERCENT && valueRaw >= FixedPoint.ratioOfUnits(100)) {
            throw new IllegalArgumentException("trailing percent must be < 100, got " + FixedPoint.formatRatio(valueRaw));
        }
    }

    /** A trailing distance of a fixed price amount. */
    public static TrailingOffset amount(Price amount) {
        return new TrailingOffset(Unit.PRICE, amount.raw());
    }

    /** A trailing distance of {@code percent} percent of the best price, e.g. {@code percent("2.5")}. */
    public static TrailingOffset percent(String percent) {
        return new TrailingOffset(Unit.PERCENT, FixedPoint.parseRatio(percent));
    }

    /**
     * The stop price that trails {@code bestRaw} for an order of {@code side}; at least one raw unit.
     *
     * @param bestRaw the best price since the order reached the venue (highest for a sell, lowest for a buy), raw
     */
    public long stopPriceRaw(OrderSide side, long bestRaw) {
        long distance = unit == Unit.PRICE ? valueRaw : percentOf(bestRaw);
        return side == OrderSide.SELL ? Math.max(1, bestRaw - distance) : FixedPoint.addPrice(bestRaw, distance, "trailing stop");
    }

    /** {@code price x value / 100}, rounded once; allocation-free unless the percentage has more than 7 decimals. */
    private long percentOf(long priceRaw) {
        return valueRaw % 100 == 0 ? FixedPoint.timesRatio(priceRaw, valueRaw / 100)
                : FixedPoint.scale(priceRaw, valueRaw, 100 * Scales.RATIO);
    }

    @Override
    public String toString() {
        return (unit == Unit.PRICE ? FixedPoint.formatPrice(valueRaw) : FixedPoint.formatRatio(valueRaw)) + (unit == Unit.PERCENT ? "%" : "");
    }
}
