package wave.spec.model;

import java.util.List;
import java.util.Objects;

/**
 * A condition evaluated at the close of every bar. Leaves compare two operands ({@code "close > trend"});
 * groups combine rules; {@link ForBars} requires a rule to have held on each of the last N bars.
 */
public sealed interface Rule permits Rule.Compare, Rule.All, Rule.Any, Rule.Not, Rule.ForBars {
    /**
     * {@code left operator right}.
     *
     * @param text the rule as written, for messages
     */
    record Compare(Operand left, Operator operator, Operand right, String text) implements Rule {
        /** Requires every part. */
        public Compare {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(right, "right");
            Objects.requireNonNull(text, "text");
        }
    }

    /** True when every rule is true (an empty list is true). */
    record All(List<Rule> rules) implements Rule {
        /** Copies the list. */
        public All {
            rules = List.copyOf(rules);
        }
    }

    /** True when at least one rule is true (an empty list is false). */
    record Any(List<Rule> rules) implements Rule {
        /** Copies the list. */
        public Any {
            rules = List.copyOf(rules);
        }
    }

    /** True when the rule is false. */
    record Not(Rule rule) implements Rule {
        /** Requires a rule. */
        public Not {
            Objects.requireNonNull(rule, "rule");
        }
    }

    /**
     * True when {@code rule} was true on this bar and each of the {@code bars - 1} bars before it. Counted from
     * the first bar of data, warm-up included: a rule on a NaN indicator value is false and resets the count.
     *
     * @param bars number of consecutive bars, at least 1
     */
    record ForBars(Rule rule, int bars) implements Rule {
        /** Requires a rule and {@code bars >= 1}. */
        public ForBars {
            Objects.requireNonNull(rule, "rule");
            if (bars < 1) {
                throw new IllegalArgumentException("bars must be >= 1, got " + bars);
            }
        }
    }
}
