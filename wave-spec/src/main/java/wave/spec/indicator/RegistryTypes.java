package wave.spec.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wave.indicators.registry.IndicatorDefinition;
import wave.indicators.registry.IndicatorRegistry;
import wave.indicators.registry.ParamSpec;

/**
 * The standard indicator types: every indicator of {@link IndicatorRegistry#standard()} under its registry name,
 * with its parameters, ranges and outputs, created through the registry; plus what specs wrote before the registry.
 * In specs:
 * <ul>
 *   <li>the registry's {@code field} and {@code field2} parameters are {@code source} and {@code source2};</li>
 *   <li>a single-output indicator is read by its bare name, its output also being called {@code value};</li>
 *   <li>{@code macd} alone reads the MACD line, and {@code macd.histogram} is {@code macd.hist};</li>
 *   <li>the stochastic lines {@code k} and {@code d} also go by TA-Lib's names: {@code slowk} and {@code slowd} for
 *       {@code stoch}, {@code fastk} and {@code fastd} for {@code stochf} and {@code stochrsi};</li>
 *   <li>{@code donchian} is the registry's channel as of the previous bar: the {@code period} bars before the
 *       current one, so that {@code close > ch.upper} is a breakout;</li>
 *   <li>{@code bollinger} is {@code bbands} with {@code k} for {@code deviations} and the three bands only.</li>
 * </ul>
 */
final class RegistryTypes {
    private static final Map<String, String> SOURCE_NAMES = Map.of("field", "source", "field2", "source2");

    private RegistryTypes() {
    }

    /** Every type, in registry order, then {@code bollinger}. */
    static List<IndicatorType> standard() {
        IndicatorRegistry registry = IndicatorRegistry.standard();
        List<IndicatorType> types = new ArrayList<>();
        for (IndicatorDefinition definition : registry.all()) {
            types.add(switch (definition.name()) {
                case "macd" -> aliased(plain(definition), "macd", "histogram", "hist");
                case "stoch" -> aliased(plain(definition), null, "slowk", "k", "slowd", "d");
                case "stochf", "stochrsi" -> aliased(plain(definition), null, "fastk", "k", "fastd", "d");
                case "donchian" -> type(definition, "donchian", "Donchian channel of the period bars before the current "
                        + "one: highest high (upper), lowest low (lower) and their mean (middle)", Map.of(),
                        definition.outputs(), true);
                default -> plain(definition);
            });
        }
        types.add(type(registry.get("bbands"), "bollinger", "Bollinger Bands: SMA +/- k population standard "
                + "deviations (bbands with k for deviations)", Map.of("deviations", "k"),
                List.of("upper", "middle", "lower"), false));
        return types;
    }

    private static IndicatorType plain(IndicatorDefinition definition) {
        return type(definition, definition.name(), definition.description(), Map.of(), definition.outputs(), false);
    }

    /**
     * A type over a registry indicator.
     *
     * @param renamed     spec parameter names by registry name, besides {@code field -> source}
     * @param outputs     the registry outputs offered; a single one is the default output, also called {@code value}
     * @param previousBar whether the outputs are read one bar late
     */
    private static IndicatorType type(IndicatorDefinition definition, String name, String description,
                                      Map<String, String> renamed, List<String> outputs, boolean previousBar) {
        List<IndicatorParam> params = new ArrayList<>();
        Map<String, String> registryNames = new LinkedHashMap<>();
        for (ParamSpec spec : definition.params()) {
            String specName = renamed.getOrDefault(spec.name(), SOURCE_NAMES.getOrDefault(spec.name(), spec.name()));
            params.add(param(spec, specName));
            registryNames.put(specName, spec.name());
        }
        boolean single = outputs.size() == 1;
        return new IndicatorType(name, description, params, outputs, single ? outputs.getFirst() : null,
                single ? Map.of("value", outputs.getFirst()) : Map.of(),
                new RegistryFactory(definition, registryNames, outputs, previousBar));
    }

    /** The type with another default output and output aliases given as alias, output pairs. */
    private static IndicatorType aliased(IndicatorType type, String defaultOutput, String... aliasOutputPairs) {
        Map<String, String> aliases = new LinkedHashMap<>();
        for (int i = 0; i < aliasOutputPairs.length; i += 2) {
            aliases.put(aliasOutputPairs[i], aliasOutputPairs[i + 1]);
        }
        return new IndicatorType(type.name(), type.description(), type.params(), type.outputs(), defaultOutput, aliases,
                type.factory());
    }

    private static IndicatorParam param(ParamSpec spec, String name) {
        return switch (spec.type()) {
            case INT -> new IndicatorParam(name, IndicatorParam.Kind.INTEGER, Integer.valueOf(spec.defaultValue()),
                    spec.min(), spec.max(), false, List.of(), spec.description());
            case DOUBLE -> new IndicatorParam(name, IndicatorParam.Kind.NUMBER, Double.valueOf(spec.defaultValue()),
                    spec.min(), spec.max(), spec.minExclusive(), List.of(), spec.description());
            case ENUM -> IndicatorParam.choice(name, spec.defaultValue(), spec.choices(), spec.description());
        };
    }
}
