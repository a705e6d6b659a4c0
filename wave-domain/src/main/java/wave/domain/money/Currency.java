package wave.domain.money;

import java.util.Objects;

/**
 * A currency or crypto asset: its code (e.g. {@code USD}, {@code BTC}) and the number of decimals of its
 * minor unit (2 for USD, 0 for JPY, 8 for BTC). The minor unit is used only when an account asks for cash
 * to be rounded to it; all arithmetic keeps nine decimals.
 */
public record Currency(String code, int minorUnitDigits) {
    /** US dollar. */
    public static final Currency USD = new Currency("USD", 2);
    /** Euro. */
    public static final Currency EUR = new Currency("EUR", 2);
    /** Pound sterling. */
    public static final Currency GBP = new Currency("GBP", 2);
    /** Japanese yen. */
    public static final Currency JPY = new Currency("JPY", 0);
    /** Swiss franc. */
    public static final Currency CHF = new Currency("CHF", 2);
    /** Tether, a USD stable coin. */
    public static final Currency USDT = new Currency("USDT", 6);
    /** Bitcoin. */
    public static final Currency BTC = new Currency("BTC", 8);
    /** Ether. */
    public static final Currency ETH = new Currency("ETH", 8);

    /** Validates the code (2 to 10 upper-case letters or digits) and the minor unit (0 to 9). */
    public Currency {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Z0-9]{2,10}")) {
            throw new IllegalArgumentException("currency code must be 2-10 upper-case letters or digits, got '" + code + "'");
        }
        if (minorUnitDigits < 0 || minorUnitDigits > 9) {
            throw new IllegalArgumentException("minorUnitDigits must be in [0, 9], got " + minorUnitDigits);
        }
    }

    /** A well-known currency by code, or a new one with 2 minor digits. */
    public static Currency of(String code) {
        return switch (code) {
            case "USD" -> USD;
            case "EUR" -> EUR;
            case "GBP" -> GBP;
            case "JPY" -> JPY;
            case "CHF" -> CHF;
            case "USDT" -> USDT;
            case "BTC" -> BTC;
            case "ETH" -> ETH;
            default -> new Currency(code, 2);
        };
    }

    /**
     * Rounds a raw amount half-even to this currency's minor unit.
     *
     * @throws FixedPointOverflowException if the rounded amount is out of range (9223372036.854775807 JPY rounds to
     *                                     9223372037)
     */
    public long roundToMinorUnit(long raw) {
        // A minor unit finer than the money scale (BTC's 8 decimals in the wide range's 6) leaves the amount as it is.
        long unit = 1;
        for (int i = minorUnitDigits; i < Scales.MONEY_DIGITS; i++) {
            unit *= 10;
        }
        long units = FixedPoint.divideRoundHalfEven(raw, unit);
        if (units > Long.MAX_VALUE / unit || units < Long.MIN_VALUE / unit) {
            throw FixedPointOverflowException.of(FixedPoint.formatGroupedMoney(raw) + " " + code + " rounded to its minor unit");
        }
        return units * unit;
    }

    @Override
    public String toString() {
        return code;
    }
}
