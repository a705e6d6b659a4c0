package wave.spec.model;

import java.util.Locale;
import java.util.Objects;
import wave.indicators.PriceField;

/** One side of a rule's comparison: an indicator output, a price field of the current bar, or a constant. */
public sealed interface Operand permits Operand.Series, Operand.Price, Operand.Constant {
    /**
     * An output of an indicator defined in the spec's {@code [indicators]}.
     *
     * @param indicator the indicator's name
     * @param output    the output's name, an alias resolved (the indicator type's default output when the rule names none)
     */
    record Series(String indicator, String output) implements Operand {
        /** Requires both names. */
        public Series {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(output, "output");
        }

        @Override
        public String toString() {
            return indicator + "." + output;
        }
    }

    /**
     * A field of the bar just closed.
     *
     * @param field the field
     */
    record Price(PriceField field) implements Operand {
        /** Requires a field. */
        public Price {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public String toString() {
            return field.name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A number or a parameter reference; never changes during a run.
     *
     * @param value a {@link Value.Literal} or a {@link Value.ParamRef}
     */
    record Constant(Value value) implements Operand {
        /** Requires a literal or a parameter reference. */
        public Constant {
            if (!(value instanceof Value.Literal) && !(value instanceof Value.ParamRef)) {
                throw new IllegalArgumentException("a constant operand is a number or a parameter, got " + value);
            }
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }
}
