package wave.spec.indicator;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The indicator types specs can use, by name. {@link #standard()} holds every indicator of the indicator registry
 * ({@code wave.indicators.registry.IndicatorRegistry}) under its registry name, plus {@code bollinger}; see
 * {@code SPEC.md} for how specs name their parameters and outputs. {@link #with(IndicatorType)} returns a catalog
 * with one more type, so other modules can register their own without touching this one. Immutable.
 */
public final class IndicatorCatalog {
    private static final IndicatorCatalog STANDARD = new IndicatorCatalog(Map.of()).withAll(RegistryTypes.standard());

    private final Map<String, IndicatorType> types;

    private IndicatorCatalog(Map<String, IndicatorType> types) {
        this.types = Collections.unmodifiableMap(new TreeMap<>(types));
    }

    /** The built-in types: every registry indicator, plus {@code bollinger}. */
    public static IndicatorCatalog standard() {
        return STANDARD;
    }

    /**
     * This catalog plus one type.
     *
     * @throws IllegalArgumentException if a type of that name exists
     */
    public IndicatorCatalog with(IndicatorType type) {
        if (types.containsKey(type.name())) {
            throw new IllegalArgumentException("indicator type '" + type.name() + "' is already registered");
        }
        Map<String, IndicatorType> copy = new TreeMap<>(types);
        copy.put(type.name(), type);
        return new IndicatorCatalog(copy);
    }

    private IndicatorCatalog withAll(List<IndicatorType> more) {
        IndicatorCatalog catalog = this;
        for (IndicatorType type : more) {
            catalog = catalog.with(type);
        }
        return catalog;
    }

    /** A type by name. */
    public Optional<IndicatorType> find(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** The type names, sorted. */
    public List<String> names() {
        return List.copyOf(types.keySet());
    }

    /** The types, sorted by name. */
    public List<IndicatorType> types() {
        return List.copyOf(types.values());
    }

    @Override
    public String toString() {
        return "IndicatorCatalog" + names();
    }
}
