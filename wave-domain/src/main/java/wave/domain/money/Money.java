package wave.domain.money;

import java.util.Objects;

/**
 * An exact amount of a currency (fixed point at the money scale, {@link Scales#MONEY_DIGITS} decimals). Arithmetic across currencies throws.
 *
 * @param raw      the amount times 10^{@link Scales#MONEY_DIGITS}
 * @param currency the currency of the amount
 */
public record Money(long raw, Currency currency) implements Comparable<Money> {
    /** Requires a currency. */
    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    /** Parses decimal text exactly, e.g. {@code Money.of("100000", Currency.USD)}. */
    public static Money of(String text, Currency currency) {
        return new Money(FixedPoint.parseMoney(text), currency);
    }

    /** A raw amount. */
    public static Money ofRaw(long raw, Currency currency) {
        return new Money(raw, currency);
    }

    /** Zero of a currency. */
    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /**
     * The exact sum; both must share a currency.
     *
     * @throws FixedPointOverflowException naming both amounts if the sum is out of range
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(FixedPoint.addMoney(raw, other.raw, currency.code()), currency);
    }

    /**
     * The exact difference; both must share a currency.
     *
     * @throws FixedPointOverflowException naming both amounts if the difference is out of range
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(FixedPoint.subtractMoney(raw, other.raw, currency.code()), currency);
    }

    /** This amount times a ratio (raw, nine decimals), rounded half-even to the money scale. */
    public Money timesRatio(long ratioRaw) {
        return new Money(FixedPoint.timesRatio(raw, ratioRaw), currency);
    }

    /** This amount rounded half-even to the currency's minor unit (cents for USD). */
    public Money roundedToMinorUnit() {
        return new Money(currency.roundToMinorUnit(raw), currency);
    }

    /** This amount as a double (for statistics, never for accounting). */
    public double toDouble() {
        return FixedPoint.moneyToDouble(raw);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(raw, other.raw);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    @Override
    public String toString() {
        return FixedPoint.formatMoney(raw) + " " + currency.code();
    }
}
