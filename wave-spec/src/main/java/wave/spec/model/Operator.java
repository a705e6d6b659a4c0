package wave.spec.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The operators of a rule. Comparisons use plain IEEE arithmetic (false when either side is NaN, e.g. during an
 * indicator's warm-up); crossings follow {@link wave.indicators.Crossover}, tie tolerance included.
 */
public enum Operator {
    /** Left strictly greater than right. */
    GT(">"),
    /** Left strictly less than right. */
    LT("<"),
    /** Left greater than or equal to right. */
    GE(">="),
    /** Left less than or equal to right. */
    LE("<="),
    /** Left crossed above right on this bar ({@link wave.indicators.Crossover#crossedAbove()}). */
    CROSSES_ABOVE("crosses_above"),
    /** Left crossed below right on this bar ({@link wave.indicators.Crossover#crossedBelow()}). */
    CROSSES_BELOW("crosses_below");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in a rule. */
    public String symbol() {
        return symbol;
    }

    /** True for the two crossing operators, which keep state from bar to bar. */
    public boolean isCrossing() {
        return this == CROSSES_ABOVE || this == CROSSES_BELOW;
    }

    /** The operator written as {@code text}, if any. */
    public static Optional<Operator> fromSymbol(String text) {
        return Arrays.stream(values()).filter(o -> o.symbol.equals(text)).findFirst();
    }

    /** Every operator as written, for error messages. */
    public static List<String> symbols() {
        return Arrays.stream(values()).map(Operator::symbol).toList();
    }

    /** Evaluates a comparison operator; crossings are not comparisons. */
    public boolean compare(double left, double right) {
        return switch (this) {
            case GT -> left > right;
            case LT -> left < right;
            case GE -> left >= right;
            case LE -> left <= right;
            case CROSSES_ABOVE, CROSSES_BELOW -> throw new IllegalStateException(symbol + " is not a comparison");
        };
    }

    @Override
    public String toString() {
        return symbol;
    }
}
