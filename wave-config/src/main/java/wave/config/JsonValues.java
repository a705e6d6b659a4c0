package wave.config;

import com.fasterxml.jackson.databind.JsonNode;

/** How values are named in messages. */
public final class JsonValues {
    private JsonValues() {
    }

    /**
     * The value as the user wrote it, for "got ..." messages: strings quoted, numbers and booleans as written,
     * tables and arrays by kind, a missing value as "nothing".
     */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "nothing";
        }
        if (node.isTextual()) {
            return "\"" + node.textValue() + "\"";
        }
        if (node.isObject()) {
            return "a table";
        }
        if (node.isArray()) {
            return "an array";
        }
        return node.asText();
    }
}
