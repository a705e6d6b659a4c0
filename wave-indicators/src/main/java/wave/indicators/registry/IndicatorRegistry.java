package wave.indicators.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every indicator of {@code wave.indicators} by a lower-case name (TA-Lib's where TA-Lib has it: {@code sma},
 * {@code rsi}, {@code macd}, {@code plus_di}, {@code bbands}, ...), with its parameters, input and outputs, made
 * from text parameters and composable: a single-input indicator applied to another's output.
 *
 * <pre>{@code
 * IndicatorRegistry registry = IndicatorRegistry.standard();
 * BoundIndicator macd = registry.bind("macd", "fast=12", "slow=26", "signal=9");
 * double[][] lines = macd.compute(open, high, low, close, volume);      // macd, signal, hist
 * BoundIndicator smoothed = registry.compose("ema", Map.of("period", "5"), "rsi", Map.of("period", "14"));
 * IndicatorStream live = smoothed.stream();                             // bar by bar, the same numbers
 * }</pre>
 */
public final class IndicatorRegistry {
    private static final IndicatorRegistry STANDARD = new IndicatorRegistry(StandardIndicators.definitions());

    private final Map<String, IndicatorDefinition> byName = new LinkedHashMap<>();

    private IndicatorRegistry(List<IndicatorDefinition> definitions) {
        for (IndicatorDefinition d : definitions) {
            if (byName.put(d.name(), d) != null) {
                throw new IllegalStateException("indicator " + d.name() + " registered twice");
            }
        }
    }

    /** The registry of every bundled indicator. */
    public static IndicatorRegistry standard() {
        return STANDARD;
    }

    /** Every definition, grouped as docs/indicators.md (moving averages, momentum, trend, ...). */
    public List<IndicatorDefinition> all() {
        return List.copyOf(byName.values());
    }

    /** Every name, in {@link #all()} order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The names of the single-input indicators, which can be applied to another indicator's output. */
    public List<String> singleInputNames() {
        return byName.values().stream().filter(IndicatorDefinition::isSingleInput).map(IndicatorDefinition::name).toList();
    }

    /** The definition with this name (any case), if any. */
    public Optional<IndicatorDefinition> find(String name) {
        return Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The definition with this name (any case).
     *
     * @throws IllegalArgumentException listing the valid names
     */
    public IndicatorDefinition get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown indicator '" + name
                + "'; valid indicators: " + String.join(", ", names())));
    }

    /** Binds an indicator's text parameters ({@code period -> 14}); see {@link IndicatorDefinition#bind(Map)}. */
    public BoundIndicator bind(String name, Map<String, String> params) {
        return get(name).bind(params);
    }

    /** Binds an indicator's {@code name=value} assignments ({@code "period=14"}). */
    public BoundIndicator bind(String name, String... assignments) {
        IndicatorDefinition definition = get(name);
        return definition.bind(assignments(definition.name(), List.of(assignments)));
    }

    /**
     * A single-input indicator applied to another indicator's output: {@code compose("ema", {period: 5}, "rsi",
     * {period: 14})} is the EMA(5) of RSI(14); {@code compose("ema", {period: 9}, "macd:hist", {})} smooths
     * MACD's histogram. The outer indicator reads the inner output from its first valid value on; its {@code
     * field} parameter does not apply (the inner indicator's does).
     *
     * @param outer       a single-input indicator's name
     * @param outerParams its parameters, without {@code field}
     * @param inner       {@code NAME} or {@code NAME:output}; without an output the first is read
     * @param innerParams the inner indicator's parameters
     * @throws IllegalArgumentException for an unknown name or output, a bad parameter, or an outer indicator
     *                                  that reads more than one series
     */
    public BoundIndicator compose(String outer, Map<String, String> outerParams, String inner,
            Map<String, String> innerParams) {
        int colon = inner.indexOf(':');
        String innerName = colon < 0 ? inner : inner.substring(0, colon);
        BoundIndicator bound = bind(innerName, innerParams);
        String output = colon < 0 ? bound.outputs().getFirst() : inner.substring(colon + 1);
        return compose(outer, outerParams, bound, output);
    }

    /**
     * A single-input indicator applied to an output of an already bound indicator (which may itself be a
     * composition: EMA of EMA of RSI).
     *
     * @param output the name of the inner output read
     * @see #compose(String, Map, String, Map)
     */
    public BoundIndicator compose(String outer, Map<String, String> outerParams, BoundIndicator inner, String output) {
        IndicatorDefinition definition = get(outer);
        if (!definition.isSingleInput()) {
            throw new IllegalArgumentException(definition.name() + " reads " + definition.reads()
                    + ", so it cannot be applied to another indicator's output; single-input indicators: "
                    + String.join(", ", singleInputNames()));
        }
        int index = inner.definition().outputIndex(output);
        return new BoundIndicator(definition, definition.bindParams(outerParams, true), inner, index);
    }

    /**
     * Parses {@code name=value} assignments into a map, names in lower case.
     *
     * @param indicator the indicator's name, for the error message
     * @throws IllegalArgumentException for an assignment without {@code =} or a parameter given twice
     */
    public static Map<String, String> assignments(String indicator, List<String> assignments) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(indicator + ": parameter '" + a + "' must be written name=value");
            }
            String key = a.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (map.put(key, a.substring(eq + 1)) != null) {
                throw new IllegalArgumentException(indicator + ": parameter '" + key + "' given twice");
            }
        }
        return map;
    }
}
