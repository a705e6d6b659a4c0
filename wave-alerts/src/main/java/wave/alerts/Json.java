package wave.alerts;

/** Builds the small JSON objects the webhooks take: string members only, escaped per RFC 8259. */
final class Json {
    private final StringBuilder out = new StringBuilder("{");

    /** Adds a string member. */
    Json add(String name, String value) {
        if (out.length() > 1) {
            out.append(',');
        }
        quote(name);
        out.append(':');
        quote(value);
        return this;
    }

    /** The object's text. */
    String text() {
        return out + "}";
    }

    private void quote(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
