package wave.indicators.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator of the {@link IndicatorRegistry}: its name, what it reads, its parameters with defaults and
 * ranges, its outputs in order, and the streaming and array forms behind them. Binding text parameters gives a
 * {@link BoundIndicator}.
 */
public final class IndicatorDefinition {
    private final String name;
    private final Class<?> indicatorClass;
    private final InputKind input;
    private final String reads;
    private final String description;
    private final List<ParamSpec> params;
    private final Recipe recipe;

    IndicatorDefinition(String name, Class<?> indicatorClass, InputKind input, String reads, String description,
            List<ParamSpec> params, Recipe recipe) {
        this.name = Objects.requireNonNull(name, "name");
        this.indicatorClass = Objects.requireNonNull(indicatorClass, "indicatorClass");
        this.input = Objects.requireNonNull(input, "input");
        this.reads = Objects.requireNonNull(reads, "reads");
        this.description = Objects.requireNonNull(description, "description");
        this.params = List.copyOf(params);
        this.recipe = Objects.requireNonNull(recipe, "recipe");
    }

    /** The lower-case name users type, TA-Lib's where TA-Lib has the indicator ({@code rsi}, {@code plus_di}). */
    public String name() {
        return name;
    }

    /** The {@code wave.indicators} class computing it ({@code Rsi.class}). */
    public Class<?> indicatorClass() {
        return indicatorClass;
    }

    /** What it reads from each bar. */
    public InputKind input() {
        return input;
    }

    /** Whether it reads one series, so that it can be applied to another indicator's output. */
    public boolean isSingleInput() {
        return input == InputKind.FIELD;
    }

    /**
     * The bar fields it reads, as text: {@code close (parameter field)}, {@code high, low, close}, {@code
     * field, field2}.
     */
    public String reads() {
        return reads;
    }

    /** One line saying what it is. */
    public String description() {
        return description;
    }

    /** The parameters in order ({@code field} last for single-input indicators). */
    public List<ParamSpec> params() {
        return params;
    }

    /** The parameter with this name, if any. */
    public Optional<ParamSpec> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }

    /** The output names in order ({@code macd, signal, hist}). */
    public List<String> outputs() {
        return recipe.outputs();
    }

    /**
     * The position of an output.
     *
     * @throws IllegalArgumentException naming the valid outputs
     */
    public int outputIndex(String output) {
        int index = outputs().indexOf(output.strip().toLowerCase(Locale.ROOT));
        if (index < 0) {
            throw new IllegalArgumentException(name + ": unknown output '" + output + "'; valid outputs: "
                    + String.join(", ", outputs()));
        }
        return index;
    }

    /**
     * Parses and checks text values (missing ones take their defaults).
     *
     * @throws IllegalArgumentException naming this indicator, the parameter and the valid names or range, e.g.
     *                                  {@code rsi: unknown parameter 'x'; valid parameters: period, field}
     */
    public BoundIndicator bind(Map<String, String> values) {
        return new BoundIndicator(this, bindParams(values, false), null, -1);
    }

    /** Binds {@code name=value} assignments ({@code "period=14"}). */
    public BoundIndicator bind(String... assignments) {
        return bind(IndicatorRegistry.assignments(name, List.of(assignments)));
    }

    /** Binds the defaults. */
    public BoundIndicator defaults() {
        return bind(Map.of());
    }

    Recipe recipe() {
        return recipe;
    }

    /**
     * Parses, range-checks and then validates the values together by building the indicator once.
     *
     * @param composed whether the input is another indicator's output (then {@code field} does not apply)
     */
    Params bindParams(Map<String, String> values, boolean composed) {
        Map<String, String> remaining = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String key = e.getKey().strip().toLowerCase(Locale.ROOT);
            if (remaining.put(key, Objects.requireNonNull(e.getValue(), key)) != null) {
                throw new IllegalArgumentException(name + ": parameter '" + key + "' given twice");
            }
        }
        if (composed && remaining.containsKey("field")) {
            throw new IllegalArgumentException(name + ": parameter 'field' does not apply when " + name
                    + " is applied to another indicator's output");
        }
        Map<String, Object> parsed = new LinkedHashMap<>();
        for (ParamSpec spec : params) {
            String text = remaining.remove(spec.name());
            parsed.put(spec.name(), spec.parse(name, text == null ? spec.defaultValue() : text));
        }
        if (!remaining.isEmpty()) {
            List<String> valid = new ArrayList<>();
            for (ParamSpec spec : params) {
                if (!(composed && spec.name().equals("field"))) {
                    valid.add(spec.name());
                }
            }
            throw new IllegalArgumentException(name + ": unknown parameter '" + remaining.keySet().iterator().next()
                    + "'; valid parameters: " + (valid.isEmpty() ? "(none)" : String.join(", ", valid)));
        }
        Params bound = new Params(parsed);
        try {
            recipe.stream(bound);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
        return bound;
    }

    @Override
    public String toString() {
        return name;
    }
}
