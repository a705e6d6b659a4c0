package wave.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed TOML or JSON document with the line of every key, so that a problem with a value can name its line.
 * Read one with {@link Documents}.
 *
 * @param source the file name used in messages
 * @param root   the parsed tree: a table for every TOML document, a missing node for an empty JSON text
 * @param lines  the 1-based line of each value, by the string form of its JSON pointer
 */
public record Document(String source, JsonNode root, Map<String, Integer> lines) {
    /** A document; the line map is copied. */
    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(root, "root");
        lines = Map.copyOf(lines);
    }

    /** The line of the value at {@code pointer}, else of its nearest enclosing table that has one; 0 if none. */
    public int line(JsonPointer pointer) {
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.head()) {
            Integer line = lines.get(p.toString());
            if (line != null) {
                return line;
            }
        }
        return 0;
    }

    /** A problem with the value at {@code pointer}, located at its line. */
    public Problem problem(JsonPointer pointer, String message) {
        return Problem.at(source, line(pointer), KeyPaths.dotted(pointer), message);
    }
}
