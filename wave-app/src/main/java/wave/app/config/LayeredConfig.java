package wave.app.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of the configuration files merged in precedence order (a later file wins), with the file and line
 * each value came from. Tables merge key by key; a file that sets one key of a {@link ConfigKeys#CHOICES choice}
 * (the strategy, the fee, the slippage) replaces all keys of that choice from the files before it.
 */
public final class LayeredConfig {
    private final ObjectNode values = JsonNodeFactory.instance.objectNode();
    private final Map<JsonPointer, Origin> origins = new HashMap<>();
    private final List<String> sources = new ArrayList<>();

    private LayeredConfig() {
    }

    /** No files: every setting takes its flag or default. */
    public static LayeredConfig empty() {
        return new LayeredConfig();
    }

    /** The files' values merged, the lowest precedence first. */
    public static LayeredConfig of(List<ConfigLayer> layers) {
        LayeredConfig config = new LayeredConfig();
        for (ConfigLayer layer : layers) {
            config.add(layer);
        }
        return config;
    }

    private void add(ConfigLayer layer) {
        JsonNode root = layer.document().root();
        for (List<JsonPointer> choice : ConfigKeys.CHOICES) {
            if (choice.stream().anyMatch(key -> !root.at(key).isMissingNode())) {
                choice.forEach(this::remove);
                if (choice == ConfigKeys.CHOICES.getFirst()) {
                    remove(ConfigKeys.PARAMS);
                    remove(ConfigKeys.STRATEGIES);
                }
            }
        }
        if (!root.at(ConfigKeys.STRATEGIES).isMissingNode()) {
            ConfigKeys.CHOICES.getFirst().forEach(this::remove);
            remove(ConfigKeys.PARAMS);
        }
        merge(values, root, JsonPointer.empty(), layer);
        sources.add(layer.document().source());
    }

    private void merge(ObjectNode target, JsonNode source, JsonPointer at, ConfigLayer layer) {
        for (Map.Entry<String, JsonNode> entry : source.properties()) {
            JsonPointer pointer = at.appendProperty(entry.getKey());
            JsonNode value = entry.getValue();
            origins.putIfAbsent(pointer, layer.origin(pointer));
            if (value.isObject()) {
                JsonNode existing = target.get(entry.getKey());
                ObjectNode table = existing instanceof ObjectNode t ? t : target.putObject(entry.getKey());
                merge(table, value, pointer, layer);
            } else {
                target.set(entry.getKey(), value.deepCopy());
                origins.put(pointer, layer.origin(pointer));
            }
        }
    }

    private void remove(JsonPointer key) {
        if (values.at(key.head()) instanceof ObjectNode table) {
            table.remove(key.last().getMatchingProperty());
        }
        origins.keySet().removeIf(p -> p.toString().equals(key.toString()) || p.toString().startsWith(key + "/"));
    }

    /** The merged values. */
    public ObjectNode values() {
        return values;
    }

    /** A table by name, or a missing node. */
    public JsonNode table(String name) {
        return values.path(name);
    }

    /** The value at a pointer, or a missing node. */
    public JsonNode at(JsonPointer pointer) {
        return values.at(pointer);
    }

    /** Where the value at a pointer (or its nearest enclosing table) came from; {@link Origin#DEFAULT} if from no file. */
    public Origin origin(JsonPointer pointer) {
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.head()) {
            Origin origin = origins.get(p);
            if (origin != null) {
                return origin;
            }
        }
        return Origin.DEFAULT;
    }

    /** The files read, the lowest precedence first. */
    public List<String> sources() {
        return List.copyOf(sources);
    }

    /**
     * The strategy's parameters as {@code --param} would give them: numbers as plain decimals ({@code 10},
     * {@code 0.5}), booleans and strings as written, in file order.
     */
    public Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : values.at(ConfigKeys.PARAMS).properties()) {
            JsonNode value = entry.getValue();
            params.put(entry.getKey(), value.isNumber() ? Numbers.plain(value.decimalValue()) : value.asText());
        }
        return params;
    }
}
