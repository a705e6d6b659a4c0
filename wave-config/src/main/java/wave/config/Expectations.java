package wave.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Says in words what a JSON Schema accepts, for "expected ..." messages: {@code a number >= 0},
 * {@code a whole number >= 0}, {@code one of "nyse", "nasdaq", "fx" or "24/7"}, {@code true or false}, or, for a
 * string with a pattern, {@code a string like "all-in", "fixed:100" or "percent:20"} from the schema's
 * {@code examples}.
 */
final class Expectations {
    private Expectations() {
    }

    /** What the (sub)schema accepts. */
    static String of(JsonNode schema) {
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(v -> values.add(v.toString()));
            return values.size() == 1 ? values.getFirst() : "one of " + joinOr(values);
        }
        if (schema.has("const")) {
            return schema.get("const").toString();
        }
        List<String> kinds = new ArrayList<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> kinds.add(t.asText().equals("integer") ? "whole number" : t.asText()));
        }
        String text = (type.isArray() ? "a " + joinOr(kinds) : type.isTextual() ? noun(type.asText()) : "a value")
                + bounds(schema);
        JsonNode examples = schema.path("examples");
        if (examples.isArray() && !examples.isEmpty()) {
            List<String> shown = new ArrayList<>();
            examples.forEach(e -> shown.add(e.toString()));
            text += " like " + joinOr(shown);
        }
        return text;
    }

    private static String noun(String type) {
        return switch (type) {
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "string" -> "a string";
            case "boolean" -> "true or false";
            case "object" -> "a table";
            case "array" -> "an array";
            default -> type;
        };
    }

    private static String bounds(JsonNode schema) {
        List<String> parts = new ArrayList<>();
        bound(schema, "minimum", ">=", parts);
        bound(schema, "exclusiveMinimum", ">", parts);
        bound(schema, "maximum", "<=", parts);
        bound(schema, "exclusiveMaximum", "<", parts);
        if (schema.path("minLength").asInt(0) > 0) {
            parts.add("not empty");
        }
        return parts.isEmpty() ? "" : " " + String.join(" and ", parts);
    }

    private static void bound(JsonNode schema, String keyword, String operator, List<String> parts) {
        JsonNode value = schema.get(keyword);
        if (value != null && value.isNumber()) {
            parts.add(operator + " " + value.asText());
        }
    }

    /** {@code a}, {@code a or b}, {@code a, b or c}. */
    static String joinOr(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.getLast();
    }
}
