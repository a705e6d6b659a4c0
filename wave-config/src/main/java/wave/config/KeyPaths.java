package wave.config;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.regex.Pattern;

/**
 * Key paths of a document as JSON pointers ({@code /costs/fee_pct}) and as users read them ({@code costs.fee_pct},
 * {@code alerts.channels[0]}, quoted where a key is not a bare TOML key).
 */
public final class KeyPaths {
    private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]*");

    private KeyPaths() {
    }

    /** The pointer of a dotted path of bare keys, e.g. {@code pointer("costs.fee_pct")} is {@code /costs/fee_pct}. */
    public static JsonPointer pointer(String dottedKeys) {
        JsonPointer pointer = JsonPointer.empty();
        if (!dottedKeys.isEmpty()) {
            for (String key : dottedKeys.split("\\.", -1)) {
                pointer = pointer.appendProperty(key);
            }
        }
        return pointer;
    }

    /**
     * The dotted form of a pointer: {@code costs.fee_pct}; array elements as {@code [i]}; keys that are not bare
     * TOML keys in double quotes. The root is the empty string.
     */
    public static String dotted(JsonPointer pointer) {
        StringBuilder text = new StringBuilder();
        for (JsonPointer p = pointer; !p.matches(); p = p.tail()) {
            String segment = p.getMatchingProperty();
            if (INDEX.matcher(segment).matches() && !text.isEmpty()) {
                text.append('[').append(segment).append(']');
                continue;
            }
            if (!text.isEmpty()) {
                text.append('.');
            }
            text.append(BARE_KEY.matcher(segment).matches() ? segment : TomlWriter.quote(segment));
        }
        return text.toString();
    }

    /** The last key of a pointer, or the empty string for the root. */
    public static String lastKey(JsonPointer pointer) {
        return pointer.matches() ? "" : pointer.last().getMatchingProperty();
    }
}
