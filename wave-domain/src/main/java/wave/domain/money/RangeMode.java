package wave.domain.money;

import java.util.Locale;

/**
 * Which range Wave's fixed-point values cover, chosen once per JVM at launch (like NautilusTrader's compile-time
 * high-precision mode): system property {@code wave.range}, else environment variable {@code WAVE_RANGE}, values
 * {@code standard} (the default) or {@code wide}. The scales of each kind of value follow from it ({@link Scales}).
 *
 * <ul>
 *   <li>{@link #STANDARD}: prices, quantities and money at 9 decimals (each up to 9,223,372,036.854775807).</li>
 *   <li>{@link #WIDE}: prices at 11 decimals (up to 92,233,720.36854775807), quantities and money at 6 decimals (up to
 *       9,223,372,036,854.775807).</li>
 * </ul>
 * Ratios (fee rates, weights, split ratios, percentages, FX rates) are at 9 decimals in both.
 */
public enum RangeMode {
    /** Prices, quantities and money at 9 decimals. */
    STANDARD(9, 9, 9),
    /** Prices at 11 decimals, quantities and money at 6. */
    WIDE(11, 6, 6);

    /** The system property that chooses the mode. */
    public static final String PROPERTY = "wave.range";
    /** The environment variable that chooses the mode when the property is not set. */
    public static final String ENVIRONMENT = "WAVE_RANGE";

    private final int priceDigits;
    private final int quantityDigits;
    private final int moneyDigits;

    RangeMode(int priceDigits, int quantityDigits, int moneyDigits) {
        this.priceDigits = priceDigits;
        this.quantityDigits = quantityDigits;
        this.moneyDigits = moneyDigits;
    }

    /** Decimals of a price. */
    public int priceDigits() {
        return priceDigits;
    }

    /** Decimals of a quantity. */
    public int quantityDigits() {
        return quantityDigits;
    }

    /** Decimals of an amount of money. */
    public int moneyDigits() {
        return moneyDigits;
    }

    /** The name as given on the command line or in the environment ({@code standard}, {@code wide}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The mode of this JVM, read from {@code wave.range}, else {@code WAVE_RANGE}, else {@code standard}.
     *
     * @throws IllegalStateException naming the setting and the values allowed if it is neither {@code standard} nor
     *                               {@code wide}
     */
    public static RangeMode fromEnvironment() {
        String property = System.getProperty(PROPERTY);
        if (property != null) {
            return parse(property, "system property " + PROPERTY);
        }
        String variable = System.getenv(ENVIRONMENT);
        if (variable != null) {
            return parse(variable, "environment variable " + ENVIRONMENT);
        }
        return STANDARD;
    }

    /**
     * The mode named {@code text} ({@code standard} or {@code wide}, any case; blank means standard).
     *
     * @param source where the text comes from, for the error
     * @throws IllegalStateException e.g. {@code environment variable WAVE_RANGE is 'huge'; expected standard or wide}
     */
    public static RangeMode parse(String text, String source) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "standard" -> STANDARD;
            case "wide" -> WIDE;
            default -> throw new IllegalStateException(source + " is '" + text + "'; expected standard or wide");
        };
    }
}
