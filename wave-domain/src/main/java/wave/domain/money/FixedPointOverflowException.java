package wave.domain.money;

/**
 * A result that does not fit Wave's 9-decimal fixed point (a raw {@code long}: at most about 9.2 billion units of
 * money, of an instrument or of a price), thrown instead of a wrapped, wrong number. The message names what was
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
     * The overflow of a computation, e.g. {@code of("cash 9,000,000,000 + 500,000,000")}: {@code cash 9,000,000,000 +
     * 500,000,000 overflows 9-decimal fixed point (largest amount 9,223,372,036.854775807)}.
     */
    public static FixedPointOverflowException of(String computation) {
        return new FixedPointOverflowException(computation + " overflows 9-decimal fixed point (largest amount "
                + FixedPoint.formatGrouped(Long.MAX_VALUE) + ")");
    }

    /**
     * A value outside the range, e.g. {@code cash 1000000000000 is above the largest amount Wave holds exactly
     * (9223372036.854775807)}.
     *
     * @param subject what is out of range, with the value as it was given ({@code cash 1000000000000})
     * @param above   true above the largest value, false below the smallest
     */
    public static FixedPointOverflowException outOfRange(String subject, boolean above) {
        return new FixedPointOverflowException(subject + (above
                ? " is above the largest amount Wave holds exactly (" + FixedPoint.MAX_TEXT + ")"
                : " is below the smallest amount Wave holds exactly (" + FixedPoint.MIN_TEXT + ")"));
    }
}
