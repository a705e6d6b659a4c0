package wave.llm.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import wave.config.DocumentException;
import wave.config.DocumentFormat;
import wave.config.Documents;

/**
 * API keys by name, from a TOML file of {@code name = "key"} lines. The keys are never printed: {@link #toString()}
 * names only the entries, and a file that does not parse is reported by its line, never its text.
 */
public final class Secrets {
    /** No secrets file. */
    public static final Secrets NONE = new Secrets(Map.of(), "no secrets file");

    private final Map<String, String> keys;
    private final String source;

    private Secrets(Map<String, String> keys, String source) {
        this.keys = Map.copyOf(keys);
        this.source = source;
    }

    /**
     * Reads a secrets file.
     *
     * @throws IOException              if it cannot be read
     * @throws IllegalArgumentException naming the file and line when it is not TOML of string entries
     */
    public static Secrets read(Path file) throws IOException {
        com.fasterxml.jackson.databind.JsonNode root;
        try {
            root = Documents.read(file, file.toString(), DocumentFormat.TOML).root();
        } catch (DocumentException e) {
            int line = e.problems().isEmpty() ? 0 : e.problems().getFirst().line();
            throw new IllegalArgumentException(file + ":" + line + ": the secrets file is not valid TOML of name = \"key\" lines");
        }
        Map<String, String> keys = new HashMap<>();
        for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e : root.properties()) {
            if (!e.getValue().isTextual()) {
                throw new IllegalArgumentException(file + ": secret " + e.getKey() + ": expected a string");
            }
            keys.put(e.getKey(), e.getValue().textValue());
        }
        return new Secrets(keys, file.toString());
    }

    /** The key stored under {@code name}. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(keys.get(name));
    }

    @Override
    public String toString() {
        return "Secrets[" + source + ", " + keys.size() + (keys.size() == 1 ? " entry" : " entries") + "]";
    }
}
