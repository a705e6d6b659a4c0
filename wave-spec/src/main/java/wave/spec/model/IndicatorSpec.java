package wave.spec.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import wave.spec.indicator.IndicatorType;

/**
 * One entry of a spec's {@code [indicators]} table, checked against its type.
 *
 * @param name      the name rules use
 * @param type      the indicator type from the catalog
 * @param arguments every parameter of the type, in the type's order: the value written in the spec or the type's default
 */
public record IndicatorSpec(String name, IndicatorType type, Map<String, Value> arguments) {
    /** Copies the arguments, keeping their order. */
    public IndicatorSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }
}
