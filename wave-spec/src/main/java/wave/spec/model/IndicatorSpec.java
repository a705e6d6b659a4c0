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
 * @param of        the output of an earlier indicator of the spec this one reads instead of a bar field
 *                  ({@code of = "rsi"}: the EMA of the RSI), or null when it reads bars
 */
public record IndicatorSpec(String name, IndicatorType type, Map<String, Value> arguments, Operand.Series of) {
    /** Copies the arguments, keeping their order. */
    public IndicatorSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /** An indicator that reads bars. */
    public IndicatorSpec(String name, IndicatorType type, Map<String, Value> arguments) {
        this(name, type, arguments, null);
    }
}
