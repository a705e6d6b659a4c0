package wave.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wave.indicators.PriceField;
import wave.spec.indicator.IndicatorParam;
import wave.spec.indicator.IndicatorType;
import wave.spec.model.Operand;
import wave.spec.model.Operator;
import wave.spec.model.Rule;
import wave.spec.model.Value;

/**
 * Parses one rule string, {@code <left> <operator> <right> [for N bars]}, against the names a spec defines.
 * Operands are numbers, {@code $parameter}s, price fields, or indicators with an optional output
 * ({@code bb.lower}). Errors name the rule's key path and list the valid choices.
 */
final class RuleParser {
    /** Longest run of operator characters, or of anything else that is not white space. */
    private static final Pattern TOKEN = Pattern.compile("[<>=!]+|[^\\s<>=!]+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final int MAX_BARS = 100_000;
    private static final String FORM = "expected '<left> <operator> <right>' optionally followed by 'for N bars', e.g. 'close > trend'";

    private final String source;
    private final Map<String, IndicatorType> indicators;
    private final Map<String, Class<?>> params;

    /**
     * A parser for one spec.
     *
     * @param source     file name for errors
     * @param indicators the spec's indicators by name, in file order
     * @param params     the spec's parameters by name and type (int or double), in file order
     */
    RuleParser(String source, Map<String, IndicatorType> indicators, Map<String, Class<?>> params) {
        this.source = source;
        this.indicators = indicators;
        this.params = params;
    }

    /** A rule of {@code entry} or {@code exit}: any operator, optional {@code for N bars}. */
    Rule parseRule(String text, String path) {
        List<String> tokens = tokenize(text, path);
        Rule.Compare compare = compare(tokens, text, path, false);
        if (tokens.size() == 3) {
            return compare;
        }
        if (!tokens.get(3).equals("for")) {
            throw unexpected(tokens.get(3), text, path);
        }
        if (tokens.size() != 6 || !(tokens.get(5).equals("bars") || tokens.get(5).equals("bar"))) {
            throw fail(path, "bad suffix in '" + text + "'; expected 'for N bars' with N a whole number, e.g. 'close > trend for 3 bars'");
        }
        String count = tokens.get(4);
        if (!count.matches("\\d{1,6}") || Integer.parseInt(count) < 1 || Integer.parseInt(count) > MAX_BARS) {
            throw fail(path, "bad bar count '" + count + "' in '" + text + "'; expected a whole number in [1, " + MAX_BARS + "]");
        }
        return new Rule.ForBars(compare, Integer.parseInt(count));
    }

    /** A constraint between parameters: numbers and parameters only, comparisons only, no suffix. */
    Rule.Compare parseConstraint(String text, String path) {
        List<String> tokens = tokenize(text, path);
        if (tokens.size() > 3) {
            throw unexpected(tokens.get(3), text, path);
        }
        return compare(tokens, text, path, true);
    }

    private List<String> tokenize(String text, String path) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        if (tokens.isEmpty()) {
            throw fail(path, "empty rule; " + FORM);
        }
        if (tokens.size() < 3) {
            throw fail(path, "incomplete rule '" + text + "'; " + FORM);
        }
        return tokens;
    }

    private Rule.Compare compare(List<String> tokens, String text, String path, boolean constraint) {
        Optional<Operator> found = Operator.fromSymbol(tokens.get(1));
        List<String> valid = constraint
                ? Operator.symbols().stream().filter(s -> !Operator.fromSymbol(s).orElseThrow().isCrossing()).toList()
                : Operator.symbols();
        if (found.isEmpty() || !valid.contains(found.get().symbol())) {
            throw fail(path, "bad operator '" + tokens.get(1) + "' in '" + text + "'; valid operators: " + String.join(", ", valid));
        }
        Operand left = operand(tokens.get(0), text, path, constraint);
        Operand right = operand(tokens.get(2), text, path, constraint);
        if (!constraint && left instanceof Operand.Constant && right instanceof Operand.Constant) {
            throw fail(path, "rule '" + text + "' compares two constants; one side must be an indicator or a price field");
        }
        return new Rule.Compare(left, found.get(), right, text.strip());
    }

    private Operand operand(String token, String text, String path, boolean constraint) {
        if (NUMBER.matcher(token).matches()) {
            double value = Double.parseDouble(token);
            if (!Double.isFinite(value)) {
                throw fail(path, "number '" + token + "' in '" + text + "' is out of range");
            }
            return new Operand.Constant(new Value.Literal(value));
        }
        if (token.startsWith("$")) {
            String name = token.substring(1);
            if (!params.containsKey(name)) {
                throw fail(path, "unknown parameter '" + token + "' in '" + text + "'; defined parameters: " + paramList());
            }
            return new Operand.Constant(new Value.ParamRef(name));
        }
        if (constraint) {
            throw fail(path, "constraint '" + text + "' may use only $parameters and numbers, got '" + token + "'");
        }
        int dot = token.indexOf('.');
        String name = dot < 0 ? token : token.substring(0, dot);
        String output = dot < 0 ? null : token.substring(dot + 1);
        Optional<PriceField> field = priceField(name);
        if (field.isPresent()) {
            if (output != null) {
                throw fail(path, "price field '" + name + "' has no outputs, got '" + token + "' in '" + text + "'");
            }
            return new Operand.Price(field.get());
        }
        IndicatorType type = indicators.get(name);
        if (type == null) {
            if (Operator.fromSymbol(token).isPresent()) {
                throw fail(path, "operator '" + token + "' where an operand belongs in '" + text + "'; " + FORM);
            }
            throw fail(path, "unknown name '" + name + "' in '" + text + "'; defined names: " + definedNames());
        }
        if (output == null) {
            if (type.defaultOutput() == null) {
                throw fail(path, "indicator '" + name + "' (" + type.name() + ") has several outputs; name one in '" + text + "': "
                        + String.join(", ", type.outputs().stream().map(o -> name + "." + o).toList()));
            }
            return new Operand.Series(name, type.defaultOutput());
        }
        String resolved = type.output(output).orElseThrow(() -> fail(path, "indicator '" + name + "' (" + type.name()
                + ") has no output '" + output + "' in '" + text + "'; outputs: " + String.join(", ", type.outputs())));
        return new Operand.Series(name, resolved);
    }

    private static Optional<PriceField> priceField(String name) {
        return IndicatorParam.priceFieldNames().contains(name)
                ? Optional.of(PriceField.valueOf(name.toUpperCase(Locale.ROOT)))
                : Optional.empty();
    }

    private String definedNames() {
        String named = indicators.isEmpty() ? "(no indicators)" : String.join(", ", indicators.keySet()) + " (indicators)";
        return named + "; price fields: " + String.join(", ", IndicatorParam.priceFieldNames())
                + "; parameters: " + paramList();
    }

    private String paramList() {
        return params.isEmpty() ? "(none)" : String.join(", ", params.keySet().stream().map(p -> "$" + p).toList());
    }

    private SpecException unexpected(String token, String text, String path) {
        if (token.equals("and") || token.equals("or") || token.equals("&&") || token.equals("||")) {
            return fail(path, "'" + token + "' in '" + text + "': write one comparison per string and combine them with "
                    + "all = [...] or any = [...]");
        }
        return fail(path, "unexpected '" + token + "' in '" + text + "'; " + FORM);
    }

    private SpecException fail(String path, String detail) {
        return new SpecException(source, path, detail);
    }
}
