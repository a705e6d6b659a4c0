package wave.spec.indicator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import wave.indicators.PriceField;

/**
 * The resolved parameter values an {@link IndicatorType}'s factory receives: every parameter of the type, with
 * parameter references already replaced by their values. Integers are Integer, numbers Double, choices String.
 */
public final class IndicatorArgs {
    private final Map<String, Object> values;

    /** Arguments by parameter name. */
    public IndicatorArgs(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** An integer parameter. */
    public int integer(String name) {
        return (Integer) get(name);
    }

    /** A number parameter. */
    public double number(String name) {
        return ((Number) get(name)).doubleValue();
    }

    /** A choice parameter. */
    public String choice(String name) {
        return (String) get(name);
    }

    /** A choice parameter naming a price field (e.g. {@code source}). */
    public PriceField field(String name) {
        return PriceField.valueOf(choice(name).toUpperCase(Locale.ROOT));
    }

    /** Every value by name, in the type's parameter order. */
    public Map<String, Object> values() {
        return values;
    }

    private Object get(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("no argument '" + name + "'; arguments: " + values.keySet());
        }
        return value;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
