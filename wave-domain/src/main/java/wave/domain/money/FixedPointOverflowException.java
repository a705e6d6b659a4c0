package wave.domain.money;

/**
 * A result that does not fit Wave's fixed point (a raw {@code long} at the scale of its kind, see {@link Scales}: in the
 * standard range at most about 9.2 billion units of money, of an instrument or of a price), thrown instead of a wrapped, wrong number. The message names what was
 * computed and its operands, e.g. {@code notional of 1,000,000,000 AAPL.SIM at 150.25 overflows 9-decimal fixed point
 * (largest amount 9,223,372,036.854775807)}, or the value that is out of range, e.g. {@code 1e12 is above the largest
 * amount Wave holds exactly (9223372036.854775807)}.
 */
public final class FixedPointOverflowException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    /** An overflow described by {@code message} (a whole sentence). */
    public FixedPointOverflowException(String message) {
        super(message);
    }

    /** An overflow described by {@code message}, found while handling {@code cause}. */
    public FixedPointOverflowException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }

    /**
     * The overflow of a computation whose result is an amount, e.g. {@code of("cash 9,000,000,000 + 500,000,000")}.
     */
    public static FixedPointOverflowException of(String computation) {
        return of(computation, Scales.MONEY_DIGITS);
    }

    /**
     * The overflow of a computation whose result has {@code digits} decimals, e.g. {@code cash 9,000,000,000 +
     * 500,000,000 overflows 9-decimal fixed point (largest amount 9,223,372,036.854775807); WAVE_RANGE=wide holds ...}.
     *
     * @param digits decimals of the result's kind, or -1 when the kind is not known (the money scale is then named)
     */
    public static FixedPointOverflowException of(String computation, int digits) {
        int shown = digits < 0 ? Scales.MONEY_DIGITS : digits;
        return new FixedPointOverflowException(computation + " overflows " + shown + "-decimal fixed point (largest amount "
                + FixedPoint.formatGrouped(Long.MAX_VALUE, shown) + ")" + hint());
    }

    /**
     * A value outside the range of amounts, e.g. {@code cash 1000000000000 is above the largest amount Wave holds exactly
     * (9223372036.854775807)}.
     *
     * @param subject what is out of range, with the value as it was given ({@code cash 1000000000000})
     * @param above   true above the largest value, false below the smallest
     */
    public static FixedPointOverflowException outOfRange(String subject, boolean above) {
        return outOfRange(subject, above, Scales.MONEY_DIGITS, "amount");
    }

    /**
     * A value of a kind with {@code digits} decimals outside its range, e.g. {@code 1e12 is above the largest quantity
     * Wave holds exactly (9223372036.854775807)}.
     *
     * @param kind {@code amount}, {@code price}, {@code quantity} or {@code ratio}
     */
    public static FixedPointOverflowException outOfRange(String subject, boolean above, int digits, String kind) {
        String limit = above ? new java.math.BigDecimal(java.math.BigInteger.valueOf(Long.MAX_VALUE), digits).toPlainString()
                : new java.math.BigDecimal(java.math.BigInteger.valueOf(Long.MIN_VALUE), digits).toPlainString();
        return new FixedPointOverflowException(subject + (above ? " is above the largest " : " is below the smallest ")
                + kind + " Wave holds exactly (" + limit + ")" + hint());
    }

    /** How to get the wide range, appended to every overflow message in the standard range. */
    public static final String WIDE_RANGE_HINT =
            "; WAVE_RANGE=wide (or -Dwave.range=wide) holds amounts and quantities up to 9.2e12 and prices up to 9.2e7";

    /** In the standard range, how to get the wide one ({@link #WIDE_RANGE_HINT}); nothing in the wide range. */
    public static String hint() {
        return Scales.MODE == RangeMode.STANDARD ? WIDE_RANGE_HINT : "";
    }
}
