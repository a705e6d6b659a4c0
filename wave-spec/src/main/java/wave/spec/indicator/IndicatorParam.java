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
 * @param choices      the valid words of a {@link Kind#CHOICE} parameter, else empty
 * @param description  one line, with the unit
 */
public record IndicatorParam(String name, Kind kind, Object defaultValue, List<String> choices, String description) {
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

    /** Validates the default against the kind. */
    public IndicatorParam {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices);
        Objects.requireNonNull(description, "description");
        boolean ok = switch (kind) {
            case INTEGER -> defaultValue == null || defaultValue instanceof Integer;
            case NUMBER -> defaultValue == null || defaultValue instanceof Double;
            case CHOICE -> !choices.isEmpty() && (defaultValue == null || choices.contains(defaultValue));
        };
        if (!ok) {
            throw new IllegalArgumentException("parameter " + name + ": default " + defaultValue + " does not fit " + kind);
        }
    }

    /** An integer parameter. */
    public static IndicatorParam integer(String name, Integer defaultValue, String description) {
        return new IndicatorParam(name, Kind.INTEGER, defaultValue, List.of(), description);
    }

    /** A number parameter. */
    public static IndicatorParam number(String name, Double defaultValue, String description) {
        return new IndicatorParam(name, Kind.NUMBER, defaultValue, List.of(), description);
    }

    /** A choice parameter. */
    public static IndicatorParam choice(String name, String defaultValue, List<String> choices, String description) {
        return new IndicatorParam(name, Kind.CHOICE, defaultValue, choices, description);
    }

    /** The {@code source} parameter of single-input indicators: the bar field read, {@code close} by default. */
    public static IndicatorParam source() {
        return choice("source", "close", priceFieldNames(), "bar field the indicator reads");
    }

    /** The names of the price fields, as written in specs: open, high, low, close, hl2, hlc3, ohlc4, volume. */
    public static List<String> priceFieldNames() {
        return Arrays.stream(PriceField.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
    }
}
