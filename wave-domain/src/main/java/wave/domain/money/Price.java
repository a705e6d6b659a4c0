package wave.domain.money;

/**
 * A price per unit of an instrument, in its quote currency, as an exact 9-decimal fixed-point value.
 *
 * @param raw the price times 10^9
 */
public record Price(long raw) implements Comparable<Price> {
    /** Zero. */
    public static final Price ZERO = new Price(0);

    /** Parses decimal text exactly, e.g. {@code Price.of("101.25")}. */
    public static Price of(String text) {
        return new Price(FixedPoint.parse(text));
    }

    /** The nearest price to a double. */
    public static Price of(double value) {
        return new Price(FixedPoint.fromDouble(value));
    }

    /** A price from its raw value. */
    public static Price ofRaw(long raw) {
        return new Price(raw);
    }

    /** This price as a double (for statistics, never for accounting). */
    public double toDouble() {
        return FixedPoint.toDouble(raw);
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
        return FixedPoint.format(raw);
    }
}
