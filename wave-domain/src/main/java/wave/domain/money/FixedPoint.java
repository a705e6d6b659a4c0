package wave.domain.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Exact fixed-point arithmetic on {@code long} raw values, typed by kind: prices, quantities, money and ratios each
 * have their own scale ({@link Scales}, fixed for the JVM by its {@link RangeMode}). In the standard range all four
 * are at 9 decimals; in the wide range prices are at 11 and quantities and money at 6. A raw value means nothing
 * without its kind, so every operation here names the kinds it takes and returns: {@link #notional} (price x quantity
 * = money), {@link #quantityFor} (money / price = quantity), {@link #priceFor} (money / quantity = price),
 * {@link #timesRatio} (any kind x ratio = the same kind), {@link #ratio} (a quotient of two values of one kind).
 *
 * <p>Products and quotients that do not fit the result's scale are rounded once, <b>half-even</b> (banker's
 * rounding), which is symmetric around zero. Intermediate products are computed in 128 bits, so a product never
 * overflows unless the result itself does; nothing is allocated unless it throws.
 *
 * <p>No operation wraps: a result outside the range throws a {@link FixedPointOverflowException} whose message names
 * the operation and its operands ({@code 1,000,000 x 10,000 overflows 9-decimal fixed point ...}) and, in the standard
 * range, how to choose the wide one. {@link BigDecimal} is used only when parsing and formatting.
 */
public final class FixedPoint {
    private static final long LIMB_MASK = 0xFFFF_FFFFL;
    private static final long LIMB_DIVISOR_LIMIT = 1L << 31;
    private static final long BILLION = 1_000_000_000L;

    private FixedPoint() {
    }

    // ---- whole units ----

    /** Raw price of a whole number. */
    public static long priceOfUnits(long units) {
        return ofUnits(units, Scales.PRICE, "price");
    }

    /** Raw quantity of a whole number of units. */
    public static long quantityOfUnits(long units) {
        return ofUnits(units, Scales.QUANTITY, "quantity");
    }

    /** Raw amount of a whole number of money units. */
    public static long moneyOfUnits(long units) {
        return ofUnits(units, Scales.MONEY, "amount");
    }

    /** Raw ratio of a whole number. */
    public static long ratioOfUnits(long units) {
        return ofUnits(units, Scales.RATIO, "ratio");
    }

    private static long ofUnits(long units, long one, String kind) {
        if (units > Long.MAX_VALUE / one || units < Long.MIN_VALUE / one) {
            throw FixedPointOverflowException.outOfRange(Long.toString(units), units > 0, digitsOf(one), kind);
        }
        return units * one;
    }

    // ---- parsing ----

    /**
     * Parses a plain decimal price such as {@code "101.25"} exactly; decimals past the price scale are rounded half-even.
     *
     * @throws NumberFormatException if the text is not a decimal number or is out of range
     */
    public static long parsePrice(String text) {
        return parse(text, Scales.PRICE_DIGITS, "price");
    }

    /** Parses a plain decimal quantity exactly like {@link #parsePrice}. */
    public static long parseQuantity(String text) {
        return parse(text, Scales.QUANTITY_DIGITS, "quantity");
    }

    /** Parses a plain decimal amount of money exactly like {@link #parsePrice}. */
    public static long parseMoney(String text) {
        return parse(text, Scales.MONEY_DIGITS, "amount");
    }

    /** Parses a plain decimal ratio (a rate, weight, split ratio, FX rate) exactly like {@link #parsePrice}. */
    public static long parseRatio(String text) {
        return parse(text, Scales.RATIO_DIGITS, "ratio");
    }

    private static long parse(String text, int digits, String kind) {
        try {
            return fromBigDecimal(new BigDecimal(text.trim()), null, digits, kind);
        } catch (ArithmeticException e) {
            throw new NumberFormatException("out of range for " + digits + "-decimal fixed point: " + text);
        }
    }

    // ---- BigDecimal ----

    /** Converts a decimal to a raw price, rounding half-even past the price scale. */
    public static long priceFromBigDecimal(BigDecimal value) {
        return fromBigDecimal(value, null, Scales.PRICE_DIGITS, "price");
    }

    /** Converts a decimal to a raw quantity, rounding half-even past the quantity scale. */
    public static long quantityFromBigDecimal(BigDecimal value) {
        return fromBigDecimal(value, null, Scales.QUANTITY_DIGITS, "quantity");
    }

    /** Converts a decimal to a raw amount, rounding half-even past the money scale. */
    public static long moneyFromBigDecimal(BigDecimal value) {
        return fromBigDecimal(value, null, Scales.MONEY_DIGITS, "amount");
    }

    /** Converts a decimal to a raw ratio, rounding half-even past nine decimals. */
    public static long ratioFromBigDecimal(BigDecimal value) {
        return fromBigDecimal(value, null, Scales.RATIO_DIGITS, "ratio");
    }

    /**
     * Converts a decimal to a raw price, naming {@code subject} when it is out of range.
     *
     * @param subject what the value is, with the value as it was given; null names the value alone
     */
    public static long priceFromBigDecimal(BigDecimal value, String subject) {
        return fromBigDecimal(value, subject, Scales.PRICE_DIGITS, "price");
    }

    /** Converts a decimal to a raw quantity, naming {@code subject} when it is out of range. */
    public static long quantityFromBigDecimal(BigDecimal value, String subject) {
        return fromBigDecimal(value, subject, Scales.QUANTITY_DIGITS, "quantity");
    }

    /**
     * Converts a decimal to a raw amount, naming {@code subject} when it is out of range.
     *
     * @throws FixedPointOverflowException e.g. {@code cash 1000000000000 is above the largest amount Wave holds exactly
     *                                     (9223372036.854775807)}
     */
    public static long moneyFromBigDecimal(BigDecimal value, String subject) {
        return fromBigDecimal(value, subject, Scales.MONEY_DIGITS, "amount");
    }

    /** Converts a decimal to a raw ratio, naming {@code subject} when it is out of range. */
    public static long ratioFromBigDecimal(BigDecimal value, String subject) {
        return fromBigDecimal(value, subject, Scales.RATIO_DIGITS, "ratio");
    }

    private static long fromBigDecimal(BigDecimal value, String subject, int digits, String kind) {
        BigInteger unscaled = value.setScale(digits, RoundingMode.HALF_EVEN).unscaledValue();
        if (unscaled.bitLength() > 63) {
            throw FixedPointOverflowException.outOfRange(subject != null ? subject : value.toPlainString(),
                    unscaled.signum() > 0, digits, kind);
        }
        return unscaled.longValue();
    }

    /** The exact decimal value of a raw price. */
    public static BigDecimal priceToBigDecimal(long raw) {
        return BigDecimal.valueOf(raw, Scales.PRICE_DIGITS);
    }

    /** The exact decimal value of a raw quantity. */
    public static BigDecimal quantityToBigDecimal(long raw) {
        return BigDecimal.valueOf(raw, Scales.QUANTITY_DIGITS);
    }

    /** The exact decimal value of a raw amount. */
    public static BigDecimal moneyToBigDecimal(long raw) {
        return BigDecimal.valueOf(raw, Scales.MONEY_DIGITS);
    }

    /** The exact decimal value of a raw ratio. */
    public static BigDecimal ratioToBigDecimal(long raw) {
        return BigDecimal.valueOf(raw, Scales.RATIO_DIGITS);
    }

    // ---- formatting ----

    /** A raw price as plain decimal text without trailing zeros, e.g. {@code 101.25}, {@code 100}. */
    public static String formatPrice(long raw) {
        return format(raw, Scales.PRICE_DIGITS);
    }

    /** A raw quantity as plain decimal text without trailing zeros. */
    public static String formatQuantity(long raw) {
        return format(raw, Scales.QUANTITY_DIGITS);
    }

    /** A raw amount as plain decimal text without trailing zeros. */
    public static String formatMoney(long raw) {
        return format(raw, Scales.MONEY_DIGITS);
    }

    /** A raw ratio as plain decimal text without trailing zeros. */
    public static String formatRatio(long raw) {
        return format(raw, Scales.RATIO_DIGITS);
    }

    /** Like {@link #formatPrice} with the whole units grouped by thousands, e.g. {@code 1,000,000}. */
    public static String formatGroupedPrice(long raw) {
        return group(raw, format(raw, Scales.PRICE_DIGITS));
    }

    /** Like {@link #formatQuantity} with the whole units grouped by thousands. */
    public static String formatGroupedQuantity(long raw) {
        return group(raw, format(raw, Scales.QUANTITY_DIGITS));
    }

    /** Like {@link #formatMoney} with the whole units grouped by thousands, e.g. {@code -12,345.5}. */
    public static String formatGroupedMoney(long raw) {
        return group(raw, format(raw, Scales.MONEY_DIGITS));
    }

    /** Like {@link #formatRatio} with the whole units grouped by thousands. */
    public static String formatGroupedRatio(long raw) {
        return group(raw, format(raw, Scales.RATIO_DIGITS));
    }

    /** A raw value at {@code digits} decimals, grouped by thousands (for messages about a scale). */
    static String formatGrouped(long raw, int digits) {
        return group(raw, format(raw, digits));
    }

    private static String format(long raw, int digits) {
        BigDecimal value = BigDecimal.valueOf(raw, digits).stripTrailingZeros();
        return (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
    }

    private static String group(long raw, String plain) {
        int start = raw < 0 ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        StringBuilder text = new StringBuilder(plain.length() + 6).append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                text.append(',');
            }
            text.append(plain.charAt(i));
        }
        return text.append(plain, end, plain.length()).toString();
    }

    // ---- doubles ----

    /** The nearest double to a raw price. */
    public static double priceToDouble(long raw) {
        return raw / (double) Scales.PRICE;
    }

    /** The nearest double to a raw quantity. */
    public static double quantityToDouble(long raw) {
        return raw / (double) Scales.QUANTITY;
    }

    /** The nearest double to a raw amount. */
    public static double moneyToDouble(long raw) {
        return raw / (double) Scales.MONEY;
    }

    /** The nearest double to a raw ratio. */
    public static double ratioToDouble(long raw) {
        return raw / (double) Scales.RATIO;
    }

    /**
     * The raw price nearest to a double. Not exact for every decimal input.
     *
     * @throws FixedPointOverflowException naming the value if it is out of range
     * @throws ArithmeticException         if it is NaN
     */
    public static long priceFromDouble(double value) {
        return fromDouble(value, Scales.PRICE, "price");
    }

    /** The raw quantity nearest to a double, like {@link #priceFromDouble}. */
    public static long quantityFromDouble(double value) {
        return fromDouble(value, Scales.QUANTITY, "quantity");
    }

    /** The raw amount nearest to a double, like {@link #priceFromDouble}. */
    public static long moneyFromDouble(double value) {
        return fromDouble(value, Scales.MONEY, "amount");
    }

    /** The raw ratio nearest to a double, like {@link #priceFromDouble}. */
    public static long ratioFromDouble(double value) {
        return fromDouble(value, Scales.RATIO, "ratio");
    }

    private static long fromDouble(double value, long one, String kind) {
        if (Double.isNaN(value)) {
            throw new ArithmeticException("not representable as " + digitsOf(one) + "-decimal fixed point: " + value);
        }
        if (Math.abs(value) >= Long.MAX_VALUE / (double) one) {
            throw FixedPointOverflowException.outOfRange(Double.toString(value), value > 0, digitsOf(one), kind);
        }
        return (long) Math.rint(value * one);
    }

    // ---- sums (one kind) ----

    /**
     * {@code a + b} of two amounts, exact.
     *
     * @param what what the sum is, named in the error (a constant, so that nothing is allocated unless it throws)
     * @throws FixedPointOverflowException e.g. {@code cash 9,000,000,000 + 500,000,000 overflows 9-decimal fixed point ...}
     */
    public static long addMoney(long a, long b, String what) {
        return add(a, b, what, Scales.MONEY_DIGITS);
    }

    /** {@code a - b} of two amounts, exact; {@code what} as in {@link #addMoney}. */
    public static long subtractMoney(long a, long b, String what) {
        return subtract(a, b, what, Scales.MONEY_DIGITS);
    }

    /** {@code a + b} of two quantities, exact; {@code what} as in {@link #addMoney}. */
    public static long addQuantity(long a, long b, String what) {
        return add(a, b, what, Scales.QUANTITY_DIGITS);
    }

    /** {@code a - b} of two quantities, exact; {@code what} as in {@link #addMoney}. */
    public static long subtractQuantity(long a, long b, String what) {
        return subtract(a, b, what, Scales.QUANTITY_DIGITS);
    }

    /** {@code a + b} of two prices, exact; {@code what} as in {@link #addMoney}. */
    public static long addPrice(long a, long b, String what) {
        return add(a, b, what, Scales.PRICE_DIGITS);
    }

    /** {@code a - b} of two prices, exact; {@code what} as in {@link #addMoney}. */
    public static long subtractPrice(long a, long b, String what) {
        return subtract(a, b, what, Scales.PRICE_DIGITS);
    }

    private static long add(long a, long b, String what, int digits) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            throw overflow(what + " " + formatGrouped(a, digits) + " + " + formatGrouped(b, digits), digits);
        }
        return sum;
    }

    private static long subtract(long a, long b, String what, int digits) {
        long difference = a - b;
        if (((a ^ b) & (a ^ difference)) < 0) {
            throw overflow(what + " " + formatGrouped(a, digits) + " - " + formatGrouped(b, digits), digits);
        }
        return difference;
    }

    // ---- products and quotients (typed) ----

    /**
     * Price x quantity = money: the exact product rounded half-even once to the money scale.
     *
     * @throws FixedPointOverflowException naming the operands if the amount is out of range
     */
    public static long notional(long priceRaw, long quantityRaw) {
        try {
            return multiplyDivide(priceRaw, quantityRaw, Scales.NOTIONAL_SHIFT);
        } catch (ArithmeticException e) {
            throw overflow(formatGroupedPrice(priceRaw) + " x " + formatGroupedQuantity(quantityRaw), Scales.MONEY_DIGITS);
        }
    }

    /**
     * Price x quantity x multiplier (a quantity: units of the underlying per contract) = money, rounded half-even once.
     *
     * @throws FixedPointOverflowException naming the operands if the amount is out of range
     */
    public static long notional(long priceRaw, long quantityRaw, long multiplierRaw) {
        BigDecimal product = priceToBigDecimal(priceRaw).multiply(quantityToBigDecimal(quantityRaw))
                .multiply(quantityToBigDecimal(multiplierRaw));
        BigInteger unscaled = product.setScale(Scales.MONEY_DIGITS, RoundingMode.HALF_EVEN).unscaledValue();
        if (unscaled.bitLength() > 63) {
            throw overflow(formatGroupedPrice(priceRaw) + " x " + formatGroupedQuantity(quantityRaw) + " x "
                    + formatGroupedQuantity(multiplierRaw), Scales.MONEY_DIGITS);
        }
        return unscaled.longValue();
    }

    /**
     * Money / price = quantity: the exact quotient rounded half-even to the quantity scale.
     *
     * @throws FixedPointOverflowException naming the operands if the quantity is out of range
     * @throws ArithmeticException         if the price is 0
     */
    public static long quantityFor(long moneyRaw, long priceRaw) {
        try {
            return divideScaled(moneyRaw, Scales.NOTIONAL_SHIFT_DIGITS, priceRaw);
        } catch (FixedPointOverflowException e) {
            throw overflow(formatGroupedMoney(moneyRaw) + " / " + formatGroupedPrice(priceRaw), Scales.QUANTITY_DIGITS);
        }
    }

    /**
     * Money / quantity = price (e.g. an average cost): the exact quotient rounded half-even to the price scale.
     *
     * @throws FixedPointOverflowException naming the operands if the price is out of range
     * @throws ArithmeticException         if the quantity is 0
     */
    public static long priceFor(long moneyRaw, long quantityRaw) {
        try {
            return divideScaled(moneyRaw, Scales.NOTIONAL_SHIFT_DIGITS, quantityRaw);
        } catch (FixedPointOverflowException e) {
            throw overflow(formatGroupedMoney(moneyRaw) + " / " + formatGroupedQuantity(quantityRaw), Scales.PRICE_DIGITS);
        }
    }

    /**
     * The price at which a holding worth {@code valueAtPriceOneRaw} at a price of 1 is worth {@code moneyRaw} (e.g. the
     * average price of a position from its cost basis): {@code moneyRaw / valueAtPriceOneRaw} at the price scale,
     * rounded half-even.
     *
     * @throws ArithmeticException if {@code valueAtPriceOneRaw} is 0
     */
    public static long priceForValue(long moneyRaw, long valueAtPriceOneRaw) {
        return divideScaled(moneyRaw, Scales.PRICE_DIGITS, valueAtPriceOneRaw);
    }

    /**
     * The quantity worth {@code moneyRaw} when one unit is worth {@code valuePerUnitRaw} (both amounts): {@code moneyRaw /
     * valuePerUnitRaw} at the quantity scale, rounded half-even.
     *
     * @throws FixedPointOverflowException naming the operands if the quantity is out of range
     * @throws ArithmeticException         if {@code valuePerUnitRaw} is 0
     */
    public static long quantityForValue(long moneyRaw, long valuePerUnitRaw) {
        try {
            return divideScaled(moneyRaw, Scales.QUANTITY_DIGITS, valuePerUnitRaw);
        } catch (FixedPointOverflowException e) {
            throw overflow(formatGroupedMoney(moneyRaw) + " / " + formatGroupedMoney(valuePerUnitRaw) + " per unit",
                    Scales.QUANTITY_DIGITS);
        }
    }

    /**
     * A value of any kind times a ratio: the same kind, rounded half-even once to its scale (ratios have nine decimals
     * in every range, so the kind does not change the arithmetic). Also ratio x ratio.
     *
     * @throws FixedPointOverflowException naming the operands if the result is out of range
     */
    public static long timesRatio(long valueRaw, long ratioRaw) {
        try {
            return multiplyDivide(valueRaw, ratioRaw, Scales.RATIO);
        } catch (ArithmeticException e) {
            throw overflow(formatGrouped(valueRaw, Scales.MONEY_DIGITS) + " x " + formatGroupedRatio(ratioRaw), -1);
        }
    }

    /**
     * A value of any kind divided by a ratio: the same kind, rounded half-even once.
     *
     * @throws FixedPointOverflowException naming the operands if the result is out of range
     * @throws ArithmeticException         if the ratio is 0
     */
    public static long dividedByRatio(long valueRaw, long ratioRaw) {
        return divideScaled(valueRaw, Scales.RATIO_DIGITS, ratioRaw, Scales.MONEY_DIGITS, Scales.RATIO_DIGITS);
    }

    /**
     * The ratio of two values of one kind (two amounts, two prices, two quantities), rounded half-even to nine decimals.
     *
     * @throws FixedPointOverflowException naming the operands if the ratio is out of range
     * @throws ArithmeticException         if {@code denominatorRaw} is 0
     */
    public static long ratio(long numeratorRaw, long denominatorRaw) {
        return divideScaled(numeratorRaw, Scales.RATIO_DIGITS, denominatorRaw);
    }

    /** {@code a x b / divisor} (divisor a power of ten up to 10^18), rounded half-even; throws ArithmeticException. */
    private static long multiplyDivide(long a, long b, long divisor) {
        // Whole multiples of the divisor (shares, contracts) are the common case: a x (b / divisor) is the exact result,
        // one 64-bit product with an overflow check, no rounding and no 128-bit product.
        if (b % divisor == 0) {
            return Math.multiplyExact(a, b / divisor);
        }
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
            return divideRoundHalfEven(low, divisor);
        }
        if (a % divisor == 0) {
            return Math.multiplyExact(b, a / divisor);
        }
        return divide128(high, low, divisor);
    }

    /** {@code a x 10^digits / b}, rounded half-even. */
    private static long divideScaled(long a, int digits, long b) {
        return divideScaled(a, digits, b, Scales.MONEY_DIGITS, Scales.MONEY_DIGITS);
    }

    /** {@code a x 10^digits / b}, rounded half-even; an overflow shows a and b at {@code aDigits} and {@code bDigits}. */
    private static long divideScaled(long a, int digits, long b, int aDigits, int bDigits) {
        if (b == 0) {
            throw new ArithmeticException("division by zero");
        }
        long one = Scales.pow10(digits);
        long high = Math.multiplyHigh(a, one);
        long low = a * one;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
            return divideRoundHalfEven(low, b);
        }
        try {
            if (a == Long.MIN_VALUE || b == Long.MIN_VALUE || Math.abs(b) > Long.MAX_VALUE / 10) {
                return scale(a, one, b);
            }
            return longDivide(a, digits, b);
        } catch (ArithmeticException e) {
            throw overflow(formatGrouped(a, aDigits) + " / " + formatGrouped(b, bDigits), -1);
        }
    }

    /** {@code a x 10^digits / b} by decimal long division, for |b| below 2^63 / 10; rounded half-even. */
    private static long longDivide(long a, int digits, long b) {
        boolean negative = (a < 0) != (b < 0);
        long divisor = Math.abs(b);
        long quotient = Math.abs(a) / divisor;
        long remainder = Math.abs(a) % divisor;
        for (int digit = 0; digit < digits; digit++) {
            remainder *= 10;
            quotient = Math.addExact(Math.multiplyExact(quotient, 10), remainder / divisor);
            remainder %= divisor;
        }
        long twice = remainder * 2;
        if (twice > divisor || (twice == divisor && (quotient & 1) != 0)) {
            quotient = Math.addExact(quotient, 1);
        }
        return negative ? -quotient : quotient;
    }

    /**
     * {@code value * numerator / denominator} on plain longs, exact and rounded half-even.
     *
     * @throws FixedPointOverflowException naming the operands (as plain integers) if the result is out of range
     */
    public static long scale(long value, long numerator, long denominator) {
        BigInteger result = new BigDecimal(BigInteger.valueOf(value).multiply(BigInteger.valueOf(numerator)))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_EVEN).toBigInteger();
        if (result.bitLength() > 63) {
            // operands shown at the money scale (how most scaled values are read)
            throw overflow(formatGrouped(value, Scales.MONEY_DIGITS) + " x " + formatGrouped(numerator, Scales.MONEY_DIGITS)
                    + " / " + formatGrouped(denominator, Scales.MONEY_DIGITS), -1);
        }
        return result.longValue();
    }

    /**
     * Largest whole number of units not above the raw value (floor), as raw.
     *
     * @throws FixedPointOverflowException if that multiple is below the smallest value
     */
    public static long floorToUnit(long raw, long unitRaw) {
        long units = Math.floorDiv(raw, unitRaw);
        long high = Math.multiplyHigh(units, unitRaw);
        long floor = units * unitRaw;
        if ((high != 0 || floor < 0) && (high != -1 || floor >= 0)) {
            throw overflow(formatGrouped(raw, Scales.MONEY_DIGITS) + " rounded down to a multiple of "
                    + formatGrouped(unitRaw, Scales.MONEY_DIGITS), -1);
        }
        return floor;
    }

    /** The exception for an overflowing {@code computation} whose result has {@code digits} decimals (-1: unknown). */
    private static FixedPointOverflowException overflow(String computation, int digits) {
        return FixedPointOverflowException.of(computation, digits);
    }

    private static int digitsOf(long one) {
        int digits = 0;
        for (long v = one; v > 1; v /= 10) {
            digits++;
        }
        return digits;
    }

    static long divideRoundHalfEven(long numerator, long divisor) {
        if (divisor == Long.MIN_VALUE || numerator == Long.MIN_VALUE) {
            return scale(numerator, 1, divisor);
        }
        long quotient = numerator / divisor;
        long remainder = numerator % divisor;
        if (remainder == 0) {
            return quotient;
        }
        long twiceRemainder = Math.abs(remainder) * 2;
        long absDivisor = Math.abs(divisor);
        boolean negative = (numerator < 0) != (divisor < 0);
        boolean roundAway = twiceRemainder < 0 // 2 x remainder overflowed: it exceeds the divisor
                || twiceRemainder > absDivisor || (twiceRemainder == absDivisor && (quotient & 1) != 0);
        if (!roundAway) {
            return quotient;
        }
        return negative ? quotient - 1 : quotient + 1;
    }

    /**
     * Signed 128-bit {@code (high:low) / divisor}, rounded half-even once; the divisor is below 2^31 or a multiple of
     * 10^9 below 2^31 x 10^9 (then divided in two steps whose remainders are combined, still exact).
     */
    private static long divide128(long high, long low, long divisor) {
        boolean negative = high < 0;
        if (negative) {
            low = -low;
            high = ~high + (low == 0 ? 1 : 0);
        }
        long first = divisor;
        long second = 1;
        if (divisor >= LIMB_DIVISOR_LIMIT) {
            first = BILLION;
            second = divisor / BILLION;
            if (divisor % BILLION != 0 || second >= LIMB_DIVISOR_LIMIT) {
                throw new IllegalArgumentException("unsupported divisor " + divisor);
            }
        }
        long top = divideLimb(0, high >>> 32, first);
        long r = (high >>> 32) % first;
        long secondLimb = divideLimb(r, high & LIMB_MASK, first);
        r = ((r << 32) | (high & LIMB_MASK)) % first;
        long third = divideLimb(r, low >>> 32, first);
        r = ((r << 32) | (low >>> 32)) % first;
        long fourth = divideLimb(r, low & LIMB_MASK, first);
        r = ((r << 32) | (low & LIMB_MASK)) % first;
        long remainder = r;
        if (second != 1) {
            long t = top / second;
            long s = top % second;
            long u = divideLimb(s, secondLimb, second);
            s = ((s << 32) | secondLimb) % second;
            long v = divideLimb(s, third, second);
            s = ((s << 32) | third) % second;
            long w = divideLimb(s, fourth, second);
            s = ((s << 32) | fourth) % second;
            top = t;
            secondLimb = u;
            third = v;
            fourth = w;
            remainder = r + first * s; // below first x second = divisor
        }
        if (top != 0 || secondLimb != 0 || third > 0xFFFF_FFFFL) {
            throw new ArithmeticException("128-bit quotient above 64 bits");
        }
        long quotient = (third << 32) | fourth; // unsigned magnitude, may be up to 2^64 - 1
        long twice = remainder * 2;
        if (twice > divisor || (twice == divisor && (quotient & 1) != 0)) {
            quotient++;
        }
        if (negative ? Long.compareUnsigned(quotient, Long.MIN_VALUE) > 0 : quotient < 0) {
            throw new ArithmeticException("128-bit quotient above 64 bits");
        }
        return negative ? -quotient : quotient;
    }

    private static long divideLimb(long remainder, long limb, long divisor) {
        return ((remainder << 32) | limb) / divisor;
    }
}
