package wave.domain.money;

/**
 * An amount of an instrument (shares, contracts, coins), as an exact fixed-point value at the quantity scale ({@link Scales#QUANTITY_DIGITS} decimals). Signed
 * where it is a position (negative = short); order quantities are positive.
 *
 * @param raw the quantity times 10^{@link Scales#QUANTITY_DIGITS}
 */
public record Quantity(long raw) implements Comparable<Quantity> {
    /** Zero. */
    public static final Quantity ZERO = new Quantity(0);
    /** One unit. */
    public static final Quantity ONE = new Quantity(Scales.QUANTITY);

    /** Parses decimal text exactly, e.g. {@code Quantity.of("0.25")}. */
    public static Quantity of(String text) {
        return new Quantity(FixedPoint.parseQuantity(text));
    }

    /** A whole number of units. */
    public static Quantity of(long units) {
        return new Quantity(FixedPoint.quantityOfUnits(units));
    }

    /** A quantity from its raw value. */
    public static Quantity ofRaw(long raw) {
        return new Quantity(raw);
    }

    /** This quantity as a double (for statistics, never for accounting). */
    public double toDouble() {
        return FixedPoint.quantityToDouble(raw);
    }

    /** True when zero. */
    public boolean isZero() {
        return raw == 0;
    }

    @Override
    public int compareTo(Quantity other) {
        return Long.compare(raw, other.raw);
    }

    @Override
    public String toString() {
        return FixedPoint.formatQuantity(raw);
    }
}
