package wave.spec.model;

import java.util.Objects;

/**
 * A value written in a spec: a number, a reference to one of the spec's parameters ({@code "$rsi_period"}), or a
 * word chosen from a fixed list (e.g. an indicator's {@code source = "hl2"}).
 */
public sealed interface Value permits Value.Literal, Value.ParamRef, Value.Choice {
    /** A number written in the spec. */
    record Literal(double value) implements Value {
        @Override
        public String toString() {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        }
    }

    /**
     * A reference to a spec parameter, resolved when the strategy is created.
     *
     * @param name the parameter's name, without the {@code $}
     */
    record ParamRef(String name) implements Value {
        /** Requires a name. */
        public ParamRef {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String toString() {
            return "$" + name;
        }
    }

    /**
     * A word from a fixed list of choices, already checked against it.
     *
     * @param value the word, lower case
     */
    record Choice(String value) implements Value {
        /** Requires a value. */
        public Choice {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return value;
        }
    }
}
