package wave.domain.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Exact fixed-point arithmetic on {@code long} raw values with {@value #SCALE_DIGITS} decimal places.
 *
 * <p>A raw value {@code r} stands for the decimal {@code r / 10^9}. Prices, quantities and money all use
 * this one scale, so a fee on a price with fractional cents is kept to the nano-unit instead of being
 * rounded away. The largest representable magnitude is about 9.2 billion units.
 *
 * <p>Products and quotients that do not fit the scale are rounded <b>half-even</b> (banker's rounding),
 * which is symmetric around zero: {@code multiply(-a, b) == -multiply(a, b)}. Intermediate products are
 * computed in 128 bits, so {@code multiply} never overflows unless the result itself does.
 *
 * <p>No operation wraps: a result outside the range throws a {@link FixedPointOverflowException} whose message names
 * the operation and its operands ({@code 1,000,000 x 10,000 overflows 9-decimal fixed point ...}); sums of amounts
 * go through {@link #add} and {@link #subtract}, which name what is summed. The checks cost a few instructions and
 * allocate only when they throw. {@link BigDecimal} is used only when parsing and formatting.
 */
public final class FixedPoint {
    /** Number of decimal places of every raw value. */
    public static final int SCALE_DIGITS = 9;
    /** The raw value of one whole unit. */
    public static final long SCALE = 1_000_000_000L;
    /** The largest value, {@code Long.MAX_VALUE} raw, as plain decimal text. */
    public static final String MAX_TEXT = "9223372036.854775807";
    /** The smallest value, {@code Long.MIN_VALUE} raw, as plain decimal text. */
    public static final String MIN_TEXT = "-9223372036.854775808";

    private static final long LIMB_MASK = 0xFFFF_FFFFL;

    private FixedPoint() {
    }

    /** Raw value of a whole number of units. */
    public static long ofUnits(long units) {
        if (units > Long.MAX_VALUE / SCALE || units < Long.MIN_VALUE / SCALE) {
            throw FixedPointOverflowException.outOfRange(Long.toString(units), units > 0);
        }
        return units * SCALE;
    }

    /**
     * Parses a plain decimal string such as {@code "101.25"} or {@code "-0.000000001"} exactly. More than nine
     * decimals are rounded half-even.
     *
     * @throws NumberFormatException if the text is not a decimal number or is out of range
     */
    public static long parse(String text) {
        try {
            return fromBigDecimal(new BigDecimal(text.trim()));
        } catch (ArithmeticException e) {
            throw new NumberFormatException("out of range for 9-decimal fixed point: " + text);
        }
    }

    /**
     * Converts a decimal to raw, rounding half-even past nine decimals.
     *
     * @throws FixedPointOverflowException naming the value if it is out of range
     */
    public static long fromBigDecimal(BigDecimal value) {
        return fromBigDecimal(value, null);
    }

    /**
     * Converts a decimal to raw like {@link #fromBigDecimal(BigDecimal)}, naming {@code subject} when it is out of range.
     *
     * @param subject what the value is, with the value as it was given, e.g. {@code cash 1000000000000}; null names the
     *                value alone
     * @throws FixedPointOverflowException e.g. {@code cash 1000000000000 is above the largest amount Wave holds exactly
     *                                     (9223372036.854775807)}
     */
    public static long fromBigDecimal(BigDecimal value, String subject) {
        BigInteger unscaled = value.setScale(SCALE_DIGITS, RoundingMode.HALF_EVEN).unscaledValue();
        if (unscaled.bitLength() > 63) {
            throw FixedPointOverflowException.outOfRange(subject != null ? subject : value.toPlainString(), unscaled.signum() > 0);
        }
        return unscaled.longValue();
    }

    /** The exact decimal value of a raw value. */
    public static BigDecimal toBigDecimal(long raw) {
        return BigDecimal.valueOf(raw, SCALE_DIGITS);
    }

    /** Plain decimal text without trailing zeros, e.g. {@code 101.25}, {@code 100}, {@code -0.5}. */
    public static String format(long raw) {
        BigDecimal value = toBigDecimal(raw).stripTrailingZeros();
        return (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
    }

    /** Like {@link #format} with the whole units grouped by thousands, e.g. {@code 1,000,000}, {@code -12,345.5}. */
    public static String formatGrouped(long raw) {
        String plain = format(raw);
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

    /** The nearest double; exact for |raw| below 2^53, otherwise correctly rounded. */
    public static double toDouble(long raw) {
        return raw / (double) SCALE;
    }

    /**
     * The raw value nearest to a double (half-even at exact ties). Not exact for every decimal input.
     *
     * @throws FixedPointOverflowException naming the value if it is out of range
     * @throws ArithmeticException         if it is NaN
     */
    public static long fromDouble(double value) {
        if (Double.isNaN(value)) {
            throw new ArithmeticException("not representable as 9-decimal fixed point: " + value);
        }
        if (Math.abs(value) >= Long.MAX_VALUE / (double) SCALE) {
            throw FixedPointOverflowException.outOfRange(Double.toString(value), value > 0);
        }
        return (long) Math.rint(value * SCALE);
    }

    /**
     * {@code a + b}, exact.
     *
     * @param what what the sum is, named in the error (a constant, so that nothing is allocated unless it throws)
     * @throws FixedPointOverflowException e.g. {@code cash 9,000,000,000 + 500,000,000 overflows 9-decimal fixed point ...}
     */
    public static long add(long a, long b, String what) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            throw overflow(what + " " + formatGrouped(a) + " + " + formatGrouped(b));
        }
        return sum;
    }

    /**
     * {@code a - b}, exact.
     *
     * @param what what the difference is, named in the error (a constant)
     * @throws FixedPointOverflowException e.g. {@code equity -9,000,000,000 - 500,000,000 overflows ...}
     */
    public static long subtract(long a, long b, String what) {
        long difference = a - b;
        if (((a ^ b) & (a ^ difference)) < 0) {
            throw overflow(what + " " + formatGrouped(a) + " - " + formatGrouped(b));
        }
        return difference;
    }

    /**
     * {@code a * b} where both are raw values: the exact product rounded half-even to nine decimals.
     *
     * @throws FixedPointOverflowException naming the operands if the product is out of range
     */
    public static long multiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
            return divideRoundHalfEven(low, SCALE);
        }
        try {
            // Whole units (shares, contracts) are the common case of large products: exact without 128-bit division.
            if (b % SCALE == 0) {
                return Math.multiplyExact(a, b / SCALE);
            }
            if (a % SCALE == 0) {
                return Math.multiplyExact(b, a / SCALE);
            }
            return divide128(high, low, SCALE);
        } catch (ArithmeticException e) {
            throw overflow(formatGrouped(a) + " x " + formatGrouped(b));
        }
    }

    /**
     * {@code a / b} where both are raw values: the exact quotient rounded half-even to nine decimals.
     *
     * @throws FixedPointOverflowException naming the operands if the quotient is out of range
     * @throws ArithmeticException         if {@code b} is 0
     */
    public static long divide(long a, long b) {
        if (b == 0) {
            throw new ArithmeticException("division by zero");
        }
        long high = Math.multiplyHigh(a, SCALE);
        long low = a * SCALE;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
            return divideRoundHalfEven(low, b);
        }
        try {
            if (a == Long.MIN_VALUE || b == Long.MIN_VALUE || Math.abs(b) > Long.MAX_VALUE / 10) {
                return scale(a, SCALE, b);
            }
            return longDivide(a, b);
        } catch (ArithmeticException e) {
            throw overflow(formatGrouped(a) + " / " + formatGrouped(b));
        }
    }

    /** {@code a x 10^9 / b} by decimal long division, for |b| below 2^63 / 10; rounded half-even. */
    private static long longDivide(long a, long b) {
        boolean negative = (a < 0) != (b < 0);
        long divisor = Math.abs(b);
        long quotient = Math.abs(a) / divisor;
        long remainder = Math.abs(a) % divisor;
        for (int digit = 0; digit < SCALE_DIGITS; digit++) {
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
     * {@code a * b * c} where all are raw values: the exact product rounded half-even once to nine decimals.
     *
     * @throws FixedPointOverflowException naming the operands if the product is out of range
     */
    public static long multiply3(long a, long b, long c) {
        BigDecimal product = toBigDecimal(a).multiply(toBigDecimal(b)).multiply(toBigDecimal(c));
        BigInteger unscaled = product.setScale(SCALE_DIGITS, RoundingMode.HALF_EVEN).unscaledValue();
        if (unscaled.bitLength() > 63) {
            throw overflow(formatGrouped(a) + " x " + formatGrouped(b) + " x " + formatGrouped(c));
        }
        return unscaled.longValue();
    }

    /**
     * {@code value * numerator / denominator} on plain longs, exact and rounded half-even.
     *
     * @throws FixedPointOverflowException naming the operands (read as raw values) if the result is out of range
     */
    public static long scale(long value, long numerator, long denominator) {
        BigInteger result = new BigDecimal(BigInteger.valueOf(value).multiply(BigInteger.valueOf(numerator)))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_EVEN).toBigInteger();
        if (result.bitLength() > 63) {
            throw overflow(formatGrouped(value) + " x " + formatGrouped(numerator) + " / " + formatGrouped(denominator));
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
            throw overflow(formatGrouped(raw) + " rounded down to a multiple of " + formatGrouped(unitRaw));
        }
        return floor;
    }

    /** The exception for an overflowing {@code computation}; built only on the failure path. */
    private static FixedPointOverflowException overflow(String computation) {
        return FixedPointOverflowException.of(computation);
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

    /** Signed 128-bit {@code (high:low) / divisor}, divisor in (0, 2^31), rounded half-even. */
    private static long divide128(long high, long low, long divisor) {
        boolean negative = high < 0;
        if (negative) {
            low = -low;
            high = ~high + (low == 0 ? 1 : 0);
        }
        long top = divideLimb(0, high >>> 32, divisor);
        long r = (high >>> 32) % divisor;
        long second = divideLimb(r, high & LIMB_MASK, divisor);
        r = ((r << 32) | (high & LIMB_MASK)) % divisor;
        long third = divideLimb(r, low >>> 32, divisor);
        r = ((r << 32) | (low >>> 32)) % divisor;
        long fourth = divideLimb(r, low & LIMB_MASK, divisor);
        r = ((r << 32) | (low & LIMB_MASK)) % divisor;
        if (top != 0 || second != 0 || third > 0xFFFF_FFFFL) {
            throw new ArithmeticException("128-bit quotient above 64 bits");
        }
        long quotient = (third << 32) | fourth; // unsigned magnitude, may be up to 2^64 - 1
        long twice = r * 2;
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
