package wave.engine.strategy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A named strategy that can be created from text parameters: its parameter record is read by reflection
 * ({@link Range}, {@link Default}, {@link Describe}), values are parsed and range-checked, and errors name the
 * parameter and the valid choices.
 *
 * @param <P> the parameter record type
 */
public final class StrategyDefinition<P extends Record> {
    private final String name;
    private final String description;
    private final Class<P> paramsType;
    private final Function<P, ? extends Strategy<P>> factory;
    private final Function<P, ? extends PortfolioStrategy<P>> portfolioFactory;
    private final List<ParamSpec> params;

    /**
     * A definition.
     *
     * @param name        the name users type, e.g. {@code sma-cross}
     * @param description one line saying what it does
     * @param paramsType  the parameter record
     * @param factory     creates an instance from validated parameters
     */
    public StrategyDefinition(String name, String description, Class<P> paramsType, Function<P, ? extends Strategy<P>> factory) {
        this(name, description, paramsType, Objects.requireNonNull(factory, "factory"), null);
    }

    private StrategyDefinition(String name, String description, Class<P> paramsType, Function<P, ? extends Strategy<P>> factory,
                               Function<P, ? extends PortfolioStrategy<P>> portfolioFactory) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.paramsType = Objects.requireNonNull(paramsType, "paramsType");
        this.factory = factory;
        this.portfolioFactory = portfolioFactory;
        this.params = readParams(paramsType);
    }

    /**
     * A strategy across every instrument of a run (one {@link PortfolioStrategy} instance, not one per instrument).
     *
     * @param factory creates the instance from validated parameters
     */
    public static <P extends Record> StrategyDefinition<P> portfolio(String name, String description, Class<P> paramsType,
                                                                     Function<P, ? extends PortfolioStrategy<P>> factory) {
        return new StrategyDefinition<>(name, description, paramsType, null, Objects.requireNonNull(factory, "factory"));
    }

    /** True for a strategy across instruments ({@link #createPortfolio}), false for one instance per instrument. */
    public boolean isPortfolio() {
        return portfolioFactory != null;
    }

    private static List<ParamSpec> readParams(Class<?> type) {
        List<ParamSpec> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Range range = c.getAnnotation(Range.class);
            Default def = c.getAnnotation(Default.class);
            Describe describe = c.getAnnotation(Describe.class);
            out.add(new ParamSpec(c.getName(), c.getType(), def == null ? null : def.value(),
                    range == null ? Double.NaN : range.min(), range == null ? Double.NaN : range.max(),
                    describe == null ? "" : describe.value()));
        }
        return Collections.unmodifiableList(out);
    }

    /** The name users type. */
    public String name() {
        return name;
    }

    /** One-line description. */
    public String description() {
        return description;
    }

    /** The parameters in declaration order. */
    public List<ParamSpec> params() {
        return params;
    }

    /** The parameter record type. */
    public Class<P> paramsType() {
        return paramsType;
    }

    /**
     * Parses text values (missing ones take their defaults) into a validated parameter record.
     *
     * @throws IllegalArgumentException naming the parameter and the valid names, types or range
     */
    public P bind(Map<String, String> values) {
        Map<String, String> remaining = new LinkedHashMap<>(values);
        Object[] args = new Object[params.size()];
        Class<?>[] types = new Class<?>[params.size()];
        for (int i = 0; i < params.size(); i++) {
            ParamSpec spec = params.get(i);
            String text = remaining.remove(spec.name());
            if (text == null) {
                text = spec.defaultValue();
            }
            if (text == null) {
                throw new IllegalArgumentException(name + ": parameter '" + spec.name() + "' is required (" + spec.typeName()
                        + (spec.hasRange() ? " in " + spec.rangeText() : "") + ")");
            }
            args[i] = parse(spec, text.trim());
            types[i] = spec.type();
        }
        if (!remaining.isEmpty()) {
            String unknown = remaining.keySet().iterator().next();
            throw new IllegalArgumentException(name + ": unknown parameter '" + unknown + "'; valid parameters: "
                    + (params.isEmpty() ? "(none)" : String.join(", ", params.stream().map(ParamSpec::name).toList())));
        }
        try {
            Constructor<P> constructor = paramsType.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalArgumentException(name + ": " + cause.getMessage(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + paramsType.getName(), e);
        }
    }

    /**
     * Creates a strategy from validated parameters.
     *
     * @throws IllegalStateException for a strategy across instruments ({@link #createPortfolio})
     */
    public Strategy<P> create(P params) {
        if (factory == null) {
            throw new IllegalStateException(name + " trades across instruments: create it with createPortfolio");
        }
        return factory.apply(params);
    }

    /**
     * Creates a strategy across instruments from validated parameters.
     *
     * @throws IllegalStateException for a strategy of one instrument ({@link #create})
     */
    public PortfolioStrategy<P> createPortfolio(P params) {
        if (portfolioFactory == null) {
            throw new IllegalStateException(name + " trades one instrument per instance: create it with create");
        }
        return portfolioFactory.apply(params);
    }

    /** Creates a strategy from text values. */
    public Strategy<P> create(Map<String, String> values) {
        return create(bind(values));
    }

    /** The default parameters (every parameter must have a default). */
    public P defaults() {
        return bind(Map.of());
    }

    private Object parse(ParamSpec spec, String text) {
        Class<?> type = spec.type();
        Object value;
        try {
            if (type == int.class || type == Integer.class) {
                value = Integer.parseInt(text);
            } else if (type == long.class || type == Long.class) {
                value = Long.parseLong(text);
            } else if (type == double.class || type == Double.class) {
                value = Double.parseDouble(text);
            } else if (type == boolean.class || type == Boolean.class) {
                value = parseBoolean(spec, text);
            } else if (type == String.class) {
                value = text;
            } else if (type.isEnum()) {
                value = parseEnum(spec, text);
            } else {
                throw new IllegalStateException("unsupported parameter type " + type + " of " + spec.name());
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": parameter '" + spec.name() + "' expects " + article(spec) + ", got '" + text + "'");
        }
        if (spec.hasRange() && value instanceof Number number) {
            double v = number.doubleValue();
            if (Double.isNaN(v) || v < spec.min() || v > spec.max()) {
                throw new IllegalArgumentException(name + ": parameter '" + spec.name() + "' = " + text + " is out of range "
                        + spec.rangeText());
            }
        }
        return value;
    }

    private String article(ParamSpec spec) {
        return spec.isIntegral() ? "an integer" : "a number";
    }

    private Object parseBoolean(ParamSpec spec, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(name + ": parameter '" + spec.name() + "' expects true or false, got '" + text + "'");
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object parseEnum(ParamSpec spec, String text) {
        try {
            return Enum.valueOf((Class) spec.type(), text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": parameter '" + spec.name() + "' expects one of "
                    + String.join(", ", ParamSpec.enumNames(spec.type())) + ", got '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
