package wave.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import wave.spec.model.Operand;
import wave.spec.model.Rule;
import wave.spec.model.Value;

/**
 * The parameter values of one spec strategy instance, by name in the spec's order: Integer for integer
 * parameters, Double for number parameters. A record, so that a spec strategy is a {@code Strategy<SpecParams>}.
 *
 * @param values every parameter of the spec with its value
 */
public record SpecParams(Map<String, Number> values) {
    /** Copies the values, keeping their order. */
    public SpecParams {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * A parameter's value.
     *
     * @throws IllegalArgumentException if there is no such parameter
     */
    public double get(String name) {
        Number value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'; parameters: " + values.keySet());
        }
        return value.doubleValue();
    }

    /** The number a value stands for: a literal, or the value of the parameter it references. */
    public double resolve(Value value) {
        return switch (Objects.requireNonNull(value, "value")) {
            case Value.Literal literal -> literal.value();
            case Value.ParamRef ref -> get(ref.name());
            case Value.Choice choice -> throw new IllegalArgumentException("'" + choice.value() + "' is not a number");
        };
    }

    /**
     * Checks a constraint between parameters.
     *
     * @return null when it holds, else a message naming the values involved
     */
    String violation(Rule.Compare constraint) {
        double left = resolve(((Operand.Constant) constraint.left()).value());
        double right = resolve(((Operand.Constant) constraint.right()).value());
        if (constraint.operator().compare(left, right)) {
            return null;
        }
        List<String> involved = new ArrayList<>();
        for (Operand operand : List.of(constraint.left(), constraint.right())) {
            if (((Operand.Constant) operand).value() instanceof Value.ParamRef ref) {
                involved.add(ref.name() + " = " + values.get(ref.name()));
            }
        }
        return "constraint '" + constraint.text() + "' does not hold: " + String.join(", ", involved);
    }

    /** {@code name=value} pairs, comma separated. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        values.forEach((name, value) -> parts.add(name + "=" + value));
        return String.join(", ", parts);
    }
}
