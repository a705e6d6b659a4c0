package wave.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small helpers to check the shape of a parsed TOML/JSON tree and to name key paths. */
final class Nodes {
    private Nodes() {
    }

    /** A child key path: {@code path.key}, or {@code key} at the top. */
    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** An element key path: {@code path[i]}. */
    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    /** The first key of a table that is not valid, or null. */
    static String firstUnknownKey(JsonNode table, List<String> valid) {
        for (Map.Entry<String, JsonNode> entry : table.properties()) {
            if (!valid.contains(entry.getKey())) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** The entries of a table, in file order. */
    static List<Map.Entry<String, JsonNode>> entries(JsonNode table) {
        return new ArrayList<>(table.properties());
    }
}
