package wave.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a tree as readable TOML: the root's values first, then one {@code [table]} section per table (a table
 * holding only tables gets no header of its own), arrays on one line (tables in arrays as inline tables), decimals
 * as plain digits with a decimal point, and an optional comment after each value, aligned:
 *
 * <pre>
 * [costs]
 * fee_pct = 0.1      # --fee-pct
 * fee_min = 0        # default
 * </pre>
 */
public final class TomlWriter {
    private final Function<JsonPointer, String> comments;
    private final List<String[]> lines = new ArrayList<>();

    private TomlWriter(Function<JsonPointer, String> comments) {
        this.comments = comments;
    }

    /**
     * The TOML text of a table.
     *
     * @param root     the table
     * @param comments the comment after each value by its pointer, or null for none
     */
    public static String write(JsonNode root, Function<JsonPointer, String> comments) {
        TomlWriter writer = new TomlWriter(comments);
        writer.table(root, JsonPointer.empty());
        return writer.render();
    }

    private void table(JsonNode table, JsonPointer pointer) {
        for (Map.Entry<String, JsonNode> entry : table.properties()) {
            JsonNode value = entry.getValue();
            if (!value.isObject() && !value.isNull()) {
                JsonPointer at = pointer.appendProperty(entry.getKey());
                String comment = comments == null ? null : comments.apply(at);
                lines.add(new String[] {key(entry.getKey()) + " = " + value(value), comment});
            }
        }
        for (Map.Entry<String, JsonNode> entry : table.properties()) {
            JsonNode child = entry.getValue();
            if (!child.isObject()) {
                continue;
            }
            JsonPointer at = pointer.appendProperty(entry.getKey());
            boolean onlyTables = !child.isEmpty() && child.valueStream().allMatch(JsonNode::isObject);
            if (!onlyTables) {
                if (!lines.isEmpty()) {
                    lines.add(new String[] {"", null});
                }
                lines.add(new String[] {"[" + KeyPaths.dotted(at) + "]", null});
            }
            table(child, at);
        }
    }

    private String render() {
        int width = 0;
        for (String[] line : lines) {
            if (line[1] != null) {
                width = Math.max(width, line[0].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] line : lines) {
            text.append(line[0]);
            if (line[1] != null) {
                text.append(" ".repeat(width - line[0].length() + 2)).append("# ").append(line[1]);
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String value(JsonNode value) {
        if (value.isTextual()) {
            return quote(value.textValue());
        }
        if (value.isBigDecimal()) {
            String digits = value.decimalValue().toPlainString();
            return digits.contains(".") ? digits : digits + ".0"; // still a float when read back
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(value(item)));
            return "[" + String.join(", ", items) + "]";
        }
        if (value.isObject()) {
            List<String> items = new ArrayList<>();
            value.properties().forEach(e -> items.add(key(e.getKey()) + " = " + value(e.getValue())));
            return items.isEmpty() ? "{}" : "{ " + String.join(", ", items) + " }";
        }
        return value.asText();
    }

    /** A key as TOML writes it: bare if it can be, else quoted. */
    static String key(String key) {
        return key.matches("[A-Za-z0-9_-]+") ? key : quote(key);
    }

    /** A TOML basic string: in double quotes, with backslash, quote and control characters escaped. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
