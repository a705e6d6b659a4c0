package wave.config;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the line of every key of a TOML document (Jackson's TOML parser builds the tree without locations). It runs
 * only on text the parser accepted, so it follows the grammar without reporting errors: table headers, arrays of
 * tables, dotted and quoted keys, inline tables, multi-line strings and arrays.
 */
final class TomlKeyLines {
    private final String text;
    private final Map<String, Integer> lines = new HashMap<>();
    private final Map<String, Integer> arrayTableCounts = new HashMap<>();
    private int pos;
    private int line = 1;

    private TomlKeyLines(String text) {
        this.text = text;
    }

    /** The 1-based line of each key, by the JSON pointer of its value (arrays of tables by element). */
    static Map<String, Integer> of(String text) {
        TomlKeyLines scanner = new TomlKeyLines(text);
        scanner.document();
        return scanner.lines;
    }

    private void document() {
        JsonPointer table = JsonPointer.empty();
        while (true) {
            skipBlank(true);
            if (atEnd()) {
                return;
            }
            int start = pos;
            if (peek() == '[') {
                table = header();
            } else {
                keyValue(table);
            }
            if (pos == start) {
                next(); // never loop on text the grammar above does not expect
            }
        }
    }

    /** {@code [a.b]} or {@code [[a.b]]}; returns the table the following keys belong to. */
    private JsonPointer header() {
        int headerLine = line;
        next();
        boolean arrayOfTables = peek() == '[';
        if (arrayOfTables) {
            next();
        }
        JsonPointer table = record(JsonPointer.empty(), key(), headerLine);
        skipTo(']');
        next();
        if (arrayOfTables) {
            next();
            int index = arrayTableCounts.merge(table.toString(), 1, Integer::sum) - 1;
            table = table.appendIndex(index);
            lines.put(table.toString(), headerLine);
        }
        return table;
    }

    private void keyValue(JsonPointer table) {
        JsonPointer pointer = record(table, key(), line);
        skipSpaces();
        if (peek() == '=') {
            next();
        }
        skipSpaces();
        value(pointer);
    }

    /** Records the line of each key of a dotted key, the first occurrence of a parent winning. */
    private JsonPointer record(JsonPointer base, List<String> keys, int keyLine) {
        JsonPointer pointer = base;
        for (String key : keys) {
            pointer = pointer.appendProperty(key);
            lines.putIfAbsent(pointer.toString(), keyLine);
        }
        return pointer;
    }

    private List<String> key() {
        List<String> parts = new ArrayList<>();
        while (!atEnd()) {
            skipSpaces();
            char c = peek();
            if (c == '"' || c == '\'') {
                parts.add(quotedKey(c));
            } else {
                int start = pos;
                while (!atEnd() && isBareKeyChar(peek())) {
                    next();
                }
                parts.add(text.substring(start, pos));
            }
            skipSpaces();
            if (atEnd() || peek() != '.') {
                break;
            }
            next();
        }
        return parts;
    }

    private String quotedKey(char quote) {
        next();
        StringBuilder key = new StringBuilder();
        while (!atEnd() && peek() != quote && peek() != '\n') {
            char c = next();
            if (c == '\\' && quote == '"' && !atEnd()) {
                key.append(unescape());
            } else {
                key.append(c);
            }
        }
        next();
        return key.toString();
    }

    private String unescape() {
        char c = next();
        return switch (c) {
            case 'b' -> "\b";
            case 't' -> "\t";
            case 'n' -> "\n";
            case 'f' -> "\f";
            case 'r' -> "\r";
            case 'u', 'U' -> {
                int digits = c == 'u' ? 4 : 8;
                int end = Math.min(pos + digits, text.length());
                String hex = text.substring(pos, end);
                pos = end;
                yield Character.toString(Integer.parseInt(hex, 16));
            }
            default -> String.valueOf(c);
        };
    }

    private void value(JsonPointer pointer) {
        if (atEnd()) {
            return;
        }
        switch (peek()) {
            case '"', '\'' -> string();
            case '[' -> array(pointer);
            case '{' -> inlineTable(pointer);
            default -> scalar();
        }
    }

    private void array(JsonPointer pointer) {
        next();
        for (int index = 0; ; index++) {
            skipBlank(true);
            if (atEnd() || peek() == ']') {
                break;
            }
            int start = pos;
            JsonPointer element = pointer.appendIndex(index);
            lines.putIfAbsent(element.toString(), line);
            value(element);
            skipBlank(true);
            if (!atEnd() && peek() == ',') {
                next();
            } else if (pos == start) {
                next();
            }
        }
        next();
    }

    private void inlineTable(JsonPointer pointer) {
        next();
        while (true) {
            skipBlank(true);
            if (atEnd() || peek() == '}') {
                break;
            }
            int start = pos;
            keyValue(pointer);
            skipBlank(true);
            if (!atEnd() && peek() == ',') {
                next();
            } else if (pos == start) {
                next();
            }
        }
        next();
    }

    /** A number, boolean or date-time; a local date-time may have a space between date and time. */
    private void scalar() {
        int start = pos;
        while (!atEnd() && " \t\r\n,]}#".indexOf(peek()) < 0) {
            next();
        }
        boolean dateThenTime = pos - start == 10 && text.charAt(start + 4) == '-' && pos + 1 < text.length()
                && peek() == ' ' && Character.isDigit(text.charAt(pos + 1));
        if (dateThenTime) {
            next();
            scalar();
        }
    }

    private void string() {
        char quote = peek();
        boolean multiLine = text.startsWith(String.valueOf(quote).repeat(3), pos);
        if (multiLine) {
            pos += 3;
            String close = String.valueOf(quote).repeat(3);
            while (!atEnd() && !text.startsWith(close, pos)) {
                if (next() == '\\' && quote == '"' && !atEnd()) {
                    next();
                }
            }
            pos = Math.min(pos + 3, text.length());
            while (!atEnd() && peek() == quote) { // up to two quotes may close the content itself
                next();
            }
            return;
        }
        next();
        while (!atEnd() && peek() != quote && peek() != '\n') {
            if (next() == '\\' && quote == '"' && !atEnd()) {
                next();
            }
        }
        next();
    }

    /** Skips spaces, tabs, comments and, if asked, line breaks. */
    private void skipBlank(boolean newlines) {
        while (!atEnd()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\r' || (newlines && c == '\n')) {
                next();
            } else if (c == '#') {
                while (!atEnd() && peek() != '\n') {
                    next();
                }
            } else {
                return;
            }
        }
    }

    private void skipSpaces() {
        skipBlank(false);
    }

    private void skipTo(char c) {
        while (!atEnd() && peek() != c) {
            next();
        }
    }

    private static boolean isBareKeyChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return text.charAt(pos);
    }

    private char next() {
        if (atEnd()) {
            return '\0';
        }
        char c = text.charAt(pos++);
        if (c == '\n') {
            line++;
        }
        return c;
    }
}
