package wave.spec;

import java.util.Locale;
import java.util.Optional;

/** The file formats of a strategy spec; both describe the same model. */
public enum SpecFormat {
    /** TOML, files ending in {@code .toml}. */
    TOML,
    /** JSON, files ending in {@code .json}. */
    JSON;

    /** The format of a file name, by its extension. */
    public static Optional<SpecFormat> ofFileName(String fileName) {
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
