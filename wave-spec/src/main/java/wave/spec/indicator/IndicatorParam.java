package wave.spec.indicator;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import wave.indicators.PriceField;

/**
 * One parameter of an {@link IndicatorType}.
 *
 * @param name         the key written in the spec, e.g. {@code period}
 * @param kind         what values it takes
 * @param defaultValue the value when the spec omits it: an Integer, a Double or a String (one of {@code choices});
 *                     null when the spec must set it
 * @param min          the smallest valid value of an integer or number parameter ({@code -Infinity}: no bound)
 * @param max          the largest valid value of an integer or number parameter ({@code +Infinity}: no bound)
 * @param minExclusive whether {@code min} itself is invalid (a number that must be {@code > 0})
 * @param choices      the valid words of a {@link Kind#CHOICE} parameter, else empty
 * @param description  one line, with the unit
 */
public record IndicatorParam(String name, Kind kind, Object defaultValue, double min, double max, boolean minExclusive,
                             List<String> choices, String description) {
    /** What values a parameter takes. */
    public enum Kind {
        /** A whole number, e.g. a period in bars. */
        INTEGER,
        /** Any finite number. */
        NUMBER,
        /** One word of a fixed list. */
        CHOICE;

        /** The kind as shown in messages and help: integer, number or choice. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Validates the default against the kind and the range. */
    public IndicatorParam {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices);
        Objects.requireNonNull(description, "description");
        boolean ok = switch (kind) {
            case INTEGER -> defaultValue == null || defaultValue instanceof Integer i && accepts(i, min, max, minExclusive);
            case NUMBER -> defaultValue == null || defaultValue instanceof Double d && accepts(d, min, max, minExclusive);
            case CHOICE -> !choices.isEmpty() && (defaultValue == null || choices.contains(defaultValue));
        };
        if (!ok) {
            throw new IllegalArgumentException("parameter " + name + ": default " + defaultValue + " does not fit " + kind);
        }
    }

    /** An integer parameter without bounds (the indicator's factory checks the value). */
    public static IndicatorParam integer(String name, Integer defaultValue, String description) {
        return new IndicatorParam(name, Kind.INTEGER, defaultValue, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                false, List.of(), description);
    }

    /** A number parameter without bounds (the indicator's factory checks the value). */
    public static IndicatorParam number(String name, Double defaultValue, String description) {
        return new IndicatorParam(name, Kind.NUMBER, defaultValue, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                false, List.of(), description);
    }

    /** A choice parameter. */
    public static IndicatorParam choice(String name, String defaultValue, List<String> choices, String description) {
        return new IndicatorParam(name, Kind.CHOICE, defaultValue, Double.NaN, Double.NaN, false, choices, description);
    }

    /** The {@code source} parameter of single-input indicators: the bar field read, {@code close} by default. */
    public static IndicatorParam source() {
        return choice("source", "close", priceFieldNames(), "bar field the indicator reads");
    }

    /** The names of the price fields, as written in specs: open, high, low, close, hl2, hlc3, ohlc4, volume. */
    public static List<String> priceFieldNames() {
        return Arrays.stream(PriceField.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether an integer or number parameter takes this value: finite and within the range. */
    public boolean accepts(double value) {
        return accepts(value, min, max, minExclusive);
    }

    /** The range as text: {@code [2, 100000]}, {@code [0.0, 1.0]}, {@code (0.0, inf)}; empty for choices. */
    public String rangeText() {
        return switch (kind) {
            case INTEGER -> "[" + bound(min) + ", " + bound(max) + "]";
            case NUMBER -> (minExclusive ? "(" : "[") + bound(min) + ", " + bound(max) + (Double.isFinite(max) ? "]" : ")");
            case CHOICE -> "";
        };
    }

    private String bound(double value) {
        if (!Double.isFinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return kind == Kind.INTEGER ? Long.toString((long) value) : Double.toString(value);
    }

    private static boolean accepts(double value, double min, double max, boolean minExclusive) {
        return Double.isFinite(value) && (minExclusive ? value > min : value >= min) && value <= max;
    }
}
