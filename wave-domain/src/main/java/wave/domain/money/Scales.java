package wave.domain.money;

/**
 * The fixed-point scale of each kind of value, fixed for the JVM by its {@link RangeMode} (read once, into
 * {@code static final} fields the JIT folds as constants).
 *
 * <p>A raw value {@code r} of a kind with {@code d} decimals stands for {@code r / 10^d}:
 * <table>
 *   <caption>decimals per kind</caption>
 *   <tr><th>kind</th><th>standard</th><th>wide</th></tr>
 *   <tr><td>price</td><td>9</td><td>11 (up to 9.2e7; 1e-8 with four significant digits)</td></tr>
 *   <tr><td>quantity</td><td>9</td><td>6 (up to 9.2e12)</td></tr>
 *   <tr><td>money</td><td>9</td><td>6 (up to 9.2e12)</td></tr>
 *   <tr><td>ratio (rates, weights, split ratios, FX rates)</td><td>9</td><td>9</td></tr>
 * </table>
 * A raw {@code long} is meaningful only with its kind; {@link FixedPoint} has the typed arithmetic (price x quantity
 * = money, money / price = quantity, any kind x ratio) and the typed parse, format and conversions.
 */
public final class Scales {
    /** The range mode of this JVM. */
    public static final RangeMode MODE = RangeMode.fromEnvironment();

    /** Decimals of a price. */
    public static final int PRICE_DIGITS = MODE.priceDigits();
    /** Decimals of a quantity. */
    public static final int QUANTITY_DIGITS = MODE.quantityDigits();
    /** Decimals of an amount of money. */
    public static final int MONEY_DIGITS = MODE.moneyDigits();
    /** Decimals of a ratio (a rate, weight, split ratio, percentage as a fraction, FX rate); 9 in every mode. */
    public static final int RATIO_DIGITS = 9;

    /** The raw value of a price of 1. */
    public static final long PRICE = pow10(PRICE_DIGITS);
    /** The raw value of a quantity of 1. */
    public static final long QUANTITY = pow10(QUANTITY_DIGITS);
    /** The raw value of one unit of money. */
    public static final long MONEY = pow10(MONEY_DIGITS);
    /** The raw value of the ratio 1. */
    public static final long RATIO = pow10(RATIO_DIGITS);

    /** Decimals shed by a price x quantity product to become money: P + Q - M (9 standard, 11 wide). */
    public static final int NOTIONAL_SHIFT_DIGITS = PRICE_DIGITS + QUANTITY_DIGITS - MONEY_DIGITS;
    /** {@code 10^}{@link #NOTIONAL_SHIFT_DIGITS}. */
    public static final long NOTIONAL_SHIFT = pow10(NOTIONAL_SHIFT_DIGITS);

    private Scales() {
    }

    /** {@code 10^digits} for digits in [0, 18]. */
    public static long pow10(int digits) {
        if (digits < 0 || digits > 18) {
            throw new IllegalArgumentException("10^" + digits + " is not a long power of ten");
        }
        long value = 1;
        for (int i = 0; i < digits; i++) {
            value *= 10;
        }
        return value;
    }

    /** One line naming the mode and its scales, e.g. {@code range standard: prices, quantities and money at 9 decimals}. */
    public static String describe() {
        return MODE == RangeMode.STANDARD
                ? "range standard: prices, quantities and money at 9 decimals"
                : "range " + MODE.label() + ": prices at " + PRICE_DIGITS + " decimals, quantities at " + QUANTITY_DIGITS
                + ", money at " + MONEY_DIGITS;
    }
}
