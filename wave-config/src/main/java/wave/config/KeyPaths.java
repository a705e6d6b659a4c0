package wave.config;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.regex.Pattern;

/**
 * Key paths of a document as users read them: the JSON pointer {@code /costs/fee_pct} is {@code costs.fee_pct},
 * {@code /alerts/channels/0} is {@code alerts.channels[0]}, a key that is not a bare TOML key is quoted.
 */
public final class KeyPaths {
    private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]*");

    private KeyPaths() {
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
            text.append(TomlWriter.key(segment));
        }
        return text.toString();
    }
}
