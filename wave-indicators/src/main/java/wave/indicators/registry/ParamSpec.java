package wave.indicators.registry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One parameter of a registered indicator: its name, type, default and valid values.
 *
 * @param name         the name users type, lower case ({@code period}, {@code ema_period})
 * @param type         int, double or enum
 * @param defaultValue the default as text ({@code 14}, {@code 0.7}, {@code close})
 * @param min          the smallest valid value (int and double), NaN for enums
 * @param max          the largest valid value (int and double; {@code +Infinity} for no finite bound), NaN for
 *                     enums
 * @param minExclusive whether {@code min} itself is invalid (a double that must be {@code > 0})
 * @param choices      the valid names of an enum parameter, empty otherwise
 * @param description  what it means, with its unit
 */
public record ParamSpec(String name, ParamType type, String defaultValue, double min, double max,
        boolean minExclusive, List<String> choices, String description) {

    /** Checks the fields. */
    public ParamSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        choices = List.copyOf(choices);
        Objects.requireNonNull(description, "description");
        if (type == ParamType.ENUM ? choices.isEmpty() : !choices.isEmpty()) {
            throw new IllegalArgumentException(name + ": choices are for enum parameters only");
        }
    }

    /** An int parameter in {@code [min, max]}. */
    public static ParamSpec integer(String name, int defaultValue, int min, int max, String description) {
        return new ParamSpec(name, ParamType.INT, Integer.toString(defaultValue), min, max, false, List.of(),
                description);
    }

    /** A double parameter in {@code [min, max]} ({@code max} may be infinite: finite values only). */
    public static ParamSpec number(String name, double defaultValue, double min, double max, String description) {
        return new ParamSpec(name, ParamType.DOUBLE, text(defaultValue), min, max, false, List.of(), description);
    }

    /** A finite double parameter {@code > 0}. */
    public static ParamSpec positive(String name, double defaultValue, String description) {
        return new ParamSpec(name, ParamType.DOUBLE, text(defaultValue), 0.0, Double.POSITIVE_INFINITY, true,
                List.of(), description);
    }

    /** An enum parameter: one of {@code choices}. */
    public static ParamSpec choice(String name, String defaultValue, List<String> choices, String description) {
        return new ParamSpec(name, ParamType.ENUM, defaultValue, Double.NaN, Double.NaN, false, choices,
                description);
    }

    /** A short type name: {@code int}, {@code double} or {@code enum}. */
    public String typeName() {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The valid values as text: {@code [2, 100000]}, {@code [0.0, 1.0]}, {@code (0.0, inf)} or
     * {@code open|high|low|close} for an enum.
     */
    public String rangeText() {
        return switch (type) {
            case INT -> "[" + (long) min + ", " + (long) max + "]";
            case DOUBLE -> (minExclusive ? "(" : "[") + min + ", " + (max == Double.POSITIVE_INFINITY ? "inf)" : max + "]");
            case ENUM -> String.join("|", choices);
        };
    }

    /**
     * Parses and checks a text value for this parameter.
     *
     * @param indicator the indicator's name, for the error message
     * @return an {@link Integer}, a {@link Double} or the lower-case choice
     * @throws IllegalArgumentException naming the indicator, the parameter and the valid values
     */
    Object parse(String indicator, String text) {
        String value = text.strip();
        switch (type) {
            case INT -> {
                int parsed;
                try {
                    parsed = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(indicator + ": parameter '" + name + "' expects an integer, got '"
                            + text + "'");
                }
                if (parsed < min || parsed > max) {
                    throw outOfRange(indicator, value);
                }
                return parsed;
            }
            case DOUBLE -> {
                double parsed;
                try {
                    parsed = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(indicator + ": parameter '" + name + "' expects a number, got '"
                            + text + "'");
                }
                boolean aboveMin = minExclusive ? parsed > min : parsed >= min;
                if (!Double.isFinite(parsed) || !aboveMin || parsed > max) {
                    throw outOfRange(indicator, value);
                }
                return parsed;
            }
            case ENUM -> {
                String lower = value.toLowerCase(Locale.ROOT);
                if (!choices.contains(lower)) {
                    throw new IllegalArgumentException(indicator + ": parameter '" + name + "' expects one of "
                            + String.join(", ", choices) + ", got '" + text + "'");
                }
                return lower;
            }
            default -> throw new IllegalStateException(type.toString());
        }
    }

    private IllegalArgumentException outOfRange(String indicator, String value) {
        return new IllegalArgumentException(indicator + ": parameter '" + name + "' = " + value + " is out of range "
                + rangeText());
    }

    /** A double as short text: {@code 2}, {@code 0.7}, {@code 252}. */
    static String text(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
