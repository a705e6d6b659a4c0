package wave.config;

import java.util.Locale;
import java.util.Optional;

/** The text formats a {@link Document} is read from. */
public enum DocumentFormat {
    /** TOML 1.0, files ending in {@code .toml}. */
    TOML,
    /** JSON, files ending in {@code .json}. */
    JSON;

    /** The format of a file name, by its extension. */
    public static Optional<DocumentFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".toml")) {
            return Optional.of(TOML);
        }
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }
}
