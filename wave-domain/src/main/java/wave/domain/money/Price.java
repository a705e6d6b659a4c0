package wave.domain.money;

/**
 * A price per unit of an instrument, in its quote currency, as an exact fixed-point value at the price scale
 * ({@link Scales#PRICE_DIGITS} decimals).
 *
 * @param raw the price times 10^{@link Scales#PRICE_DIGITS}
 */
public record Price(long raw) implements Comparable<Price> {
    /** Zero. */
    public static final Price ZERO = new Price(0);

    /** Parses decimal text exactly, e.g. {@code Price.of("101.25")}. */
    public static Price of(String text) {
        return new Price(FixedPoint.parsePrice(text));
    }

    /** The nearest price to a double. */
    public static Price of(double value) {
        return new Price(FixedPoint.priceFromDouble(value));
    }

    /** A price from its raw value. */
    public static Price ofRaw(long raw) {
        return new Price(raw);
    }

    /** This price as a double (for statistics, never for accounting). */
    public double toDouble() {
        return FixedPoint.priceToDouble(raw);
    }

    /** True when this price is strictly above zero. */
    public boolean isPositive() {
        return raw > 0;
    }

    @Override
    public int compareTo(Price other) {
        return Long.compare(raw, other.raw);
    }

    @Override
    public String toString() {
        return FixedPoint.formatPrice(raw);
    }
}
