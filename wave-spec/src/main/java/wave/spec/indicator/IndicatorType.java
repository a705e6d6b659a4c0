package wave.spec.indicator;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A kind of indicator a spec can use ({@code type = "rsi"}): its parameters with their types and defaults, its
 * outputs, and a factory creating a fresh instance from resolved arguments.
 *
 * @param name          the type name written in specs, lower case
 * @param description   one line
 * @param params        the parameters, in display order
 * @param outputs       the output names rules can read ({@code macd.signal}); at least one
 * @param defaultOutput the output a rule reads when it names only the indicator, or null when the rule must name one
 * @param outputAliases other names rules may use for outputs ({@code histogram -> hist}), by alias
 * @param factory       creates an indicator; may throw IllegalArgumentException for invalid argument values
 */
public record IndicatorType(String name, String description, List<IndicatorParam> params, List<String> outputs,
                            String defaultOutput, Map<String, String> outputAliases,
                            Function<IndicatorArgs, BoundIndicator> factory) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /** Validates names, outputs, aliases and the default output. */
    public IndicatorType {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("indicator type name must match " + NAME + ", got '" + name + "'");
        }
        Objects.requireNonNull(description, "description");
        params = List.copyOf(params);
        outputs = List.copyOf(outputs);
        outputAliases = Collections.unmodifiableMap(new LinkedHashMap<>(outputAliases));
        Objects.requireNonNull(factory, "factory");
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("indicator type " + name + " needs at least one output");
        }
        Set<String> seen = new HashSet<>();
        for (IndicatorParam param : params) {
            if (!seen.add(param.name()) || param.name().equals("type")) {
                throw new IllegalArgumentException("indicator type " + name + ": parameter name '" + param.name() + "' is reserved or repeated");
            }
        }
        if (defaultOutput != null && !outputs.contains(defaultOutput)) {
            throw new IllegalArgumentException("indicator type " + name + ": default output " + defaultOutput + " is not one of " + outputs);
        }
        for (Map.Entry<String, String> alias : outputAliases.entrySet()) {
            if (outputs.contains(alias.getKey()) || !outputs.contains(alias.getValue())) {
                throw new IllegalArgumentException("indicator type " + name + ": output alias " + alias.getKey() + " -> "
                        + alias.getValue() + " must name a new name for one of " + outputs);
            }
        }
    }

    /** A type without output aliases. */
    public IndicatorType(String name, String description, List<IndicatorParam> params, List<String> outputs,
                         String defaultOutput, Function<IndicatorArgs, BoundIndicator> factory) {
        this(name, description, params, outputs, defaultOutput, Map.of(), factory);
    }

    /** A parameter by name. */
    public Optional<IndicatorParam> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }

    /** The parameter names, for messages. */
    public List<String> paramNames() {
        return params.stream().map(IndicatorParam::name).toList();
    }

    /** The output a rule means by {@code indicator.outputName}: the output itself or the one it is an alias of. */
    public Optional<String> output(String outputName) {
        return outputs.contains(outputName) ? Optional.of(outputName) : Optional.ofNullable(outputAliases.get(outputName));
    }

    /**
     * Creates an indicator and checks that it offers exactly the declared outputs.
     *
     * @throws IllegalArgumentException if the arguments are invalid for this indicator
     */
    public BoundIndicator create(IndicatorArgs args) {
        BoundIndicator bound = factory.apply(args);
        if (!bound.outputs().keySet().equals(Set.copyOf(outputs))) {
            throw new IllegalStateException("indicator type " + name + " declared outputs " + outputs + " but created "
                    + bound.outputs().keySet());
        }
        return bound;
    }

    /**
     * True when this type can read another indicator's output ({@code of = "rsi"}): a registry indicator that reads
     * one series on the current bar.
     */
    public boolean readsOneSeries() {
        return factory instanceof RegistryFactory registry && registry.readsOneSeries();
    }

    /**
     * The registry form of this type with these arguments, which another indicator can read; empty for a type
     * that is not a registry indicator read on the current bar (e.g. {@code donchian}, read a bar late).
     *
     * @throws IllegalArgumentException if the arguments are invalid for this indicator
     */
    public Optional<wave.indicators.registry.BoundIndicator> registryForm(IndicatorArgs args) {
        return canBeRead() ? Optional.of(((RegistryFactory) factory).registryForm(args)) : Optional.empty();
    }

    /** True when another indicator can read this type's outputs: a registry indicator read on the current bar. */
    public boolean canBeRead() {
        return factory instanceof RegistryFactory registry && !registry.previousBar();
    }

    /**
     * This type applied to an output of another indicator (see {@link #readsOneSeries()}), as
     * {@link wave.indicators.registry.IndicatorRegistry#compose} does for {@code wave indicator --of}: its
     * registry form, and a fresh instance read through this type's outputs.
     *
     * @param inner       the registry form of the indicator read
     * @param innerOutput the registry name of the output read
     * @throws IllegalArgumentException if the arguments are invalid for this indicator
     * @throws IllegalStateException    if this type cannot read another indicator's output
     */
    public Composed compose(IndicatorArgs args, wave.indicators.registry.BoundIndicator inner, String innerOutput) {
        if (!readsOneSeries()) {
            throw new IllegalStateException("indicator type " + name + " cannot read another indicator's output");
        }
        RegistryFactory registry = (RegistryFactory) factory;
        wave.indicators.registry.BoundIndicator form = registry.composedForm(args, inner, innerOutput);
        return new Composed(form, registry.create(form));
    }

    /**
     * An indicator reading another indicator's output.
     *
     * @param form  its registry form (which a further indicator can read)
     * @param bound a fresh streaming instance
     */
    public record Composed(wave.indicators.registry.BoundIndicator form, BoundIndicator bound) {
    }
}
