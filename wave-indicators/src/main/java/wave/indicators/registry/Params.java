package wave.indicators.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import wave.indicators.PriceField;
import wave.indicators.average.MaType;

/**
 * The validated parameter values of one bound indicator, every parameter present (defaults filled in), in the
 * definition's order.
 */
public final class Params {
    private final Map<String, Object> values;

    Params(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** An int parameter. */
    public int integer(String name) {
        return (Integer) get(name, Integer.class);
    }

    /** A double parameter. */
    public double number(String name) {
        return (Double) get(name, Double.class);
    }

    /** An enum parameter's lower-case choice. */
    public String choice(String name) {
        return (String) get(name, String.class);
    }

    /** The {@code field} parameter as a {@link PriceField}. */
    public PriceField field() {
        return field("field");
    }

    /** A price-field parameter. */
    public PriceField field(String name) {
        return PriceField.valueOf(choice(name).toUpperCase(Locale.ROOT));
    }

    /** A moving-average type parameter. */
    public MaType maType(String name) {
        return MaType.valueOf(choice(name).toUpperCase(Locale.ROOT));
    }

    /** Whether the indicator has this parameter. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The values as text, by name in definition order ({@code period -> 14}). */
    public Map<String, String> asText() {
        Map<String, String> text = new LinkedHashMap<>();
        values.forEach((k, v) -> text.put(k, v instanceof Double d ? ParamSpec.text(d) : v.toString()));
        return text;
    }

    private Object get(String name, Class<?> type) {
        Object value = values.get(name);
        if (!type.isInstance(value)) {
            throw new IllegalStateException("no " + type.getSimpleName() + " parameter '" + name + "' in " + values);
        }
        return value;
    }

    /** {@code period=14, field=close}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        asText().forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(k).append('=').append(v));
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Params other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
