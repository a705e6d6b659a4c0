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
 * computed in 128 bits, so {@code multiply} never overflows unless the result itself does (then it throws
 * {@link ArithmeticException}). {@link BigDecimal} is used only when parsing and formatting.
 */
public final class FixedPoint {
    /** Number of decimal places of every raw value. */
    public static final int SCALE_DIGITS = 9;
    /** The raw value of one whole unit. */
    public static final long SCALE = 1_000_000_000L;

    private static final long LIMB_MASK = 0xFFFF_FFFFL;

    private FixedPoint() {
    }

    /** Raw value of a whole number of units. */
    public static long ofUnits(long units) {
        return Math.multiplyExact(units, SCALE);
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

    /** Converts a decimal to raw, rounding half-even past nine decimals. */
    public static long fromBigDecimal(BigDecimal value) {
        return value.setScale(SCALE_DIGITS, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
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

    /** The nearest double; exact for |raw| below 2^53, otherwise correctly rounded. */
    public static double toDouble(long raw) {
        return raw / (double) SCALE;
    }

    /** The raw value nearest to a double (half-even at exact ties). Not exact for every decimal input. */
    public static long fromDouble(double value) {
        if (!Double.isFinite(value) || Math.abs(value) >= Long.MAX_VALUE / (double) SCALE) {
            throw new ArithmeticException("not representable as 9-decimal fixed point: " + value);
        }
        return (long) Math.rint(value * SCALE);
    }

    /** {@code a * b} where both are raw values: the exact product rounded half-even to nine decimals. */
    public static long multiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
            return divideRoundHalfEven(low, SCALE);
        }
        // Whole units (shares, contracts) are the common case of large products: exact without 128-bit division.
        if (b % SCALE == 0) {
            return Math.multiplyExact(a, b / SCALE);
        }
        if (a % SCALE == 0) {
            return Math.multiplyExact(b, a / SCALE);
        }
        return divide128(high, low, SCALE);
    }

    /** {@code a / b} where both are raw values: the exact quotient rounded half-even to nine decimals. */
    public static long divide(long a, long b) {
        if (b == 0) {
            throw new ArithmeticException("division by zero");
        }
        long high = Math.multiplyHigh(a, SCALE);
        long low = a * SCALE;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
            return divideRoundHalfEven(low, b);
        }
        if (a == Long.MIN_VALUE || b == Long.MIN_VALUE || Math.abs(b) > Long.MAX_VALUE / 10) {
            return scale(a, SCALE, b);
        }
        return longDivide(a, b);
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

    /** {@code a * b * c} where all are raw values: the exact product rounded half-even once to nine decimals. */
    public static long multiply3(long a, long b, long c) {
        BigDecimal product = toBigDecimal(a).multiply(toBigDecimal(b)).multiply(toBigDecimal(c));
        return fromBigDecimal(product);
    }

    /** {@code value * numerator / denominator} on plain longs, exact and rounded half-even. */
    public static long scale(long value, long numerator, long denominator) {
        return new BigDecimal(BigInteger.valueOf(value).multiply(BigInteger.valueOf(numerator)))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** Largest whole number of units not above the raw value (floor), as raw. */
    public static long floorToUnit(long raw, long unitRaw) {
        return Math.floorDiv(raw, unitRaw) * unitRaw;
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
            throw new ArithmeticException("fixed-point overflow");
        }
        long quotient = (third << 32) | fourth; // unsigned magnitude, may be up to 2^64 - 1
        long twice = r * 2;
        if (twice > divisor || (twice == divisor && (quotient & 1) != 0)) {
            quotient++;
        }
        if (negative ? Long.compareUnsigned(quotient, Long.MIN_VALUE) > 0 : quotient < 0) {
            throw new ArithmeticException("fixed-point overflow");
        }
        return negative ? -quotient : quotient;
    }

    private static long divideLimb(long remainder, long limb, long divisor) {
        return ((remainder << 32) | limb) / divisor;
    }
}
