package wave.app.config;

import java.util.Objects;

/**
 * Where a configuration value came from.
 *
 * @param source the file as the user knows it, or a flag, or {@code default}
 * @param line   the 1-based line in the file, or 0
 */
public record Origin(String source, int line) {
    /** The origin of built-in defaults. */
    public static final Origin DEFAULT = new Origin("default", 0);

    /** An origin as given. */
    public Origin {
        Objects.requireNonNull(source, "source");
    }

    /** A flag given on the command line, e.g. {@code --fee-pct}. */
    public static Origin flag(String option) {
        return new Origin(option, 0);
    }

    /** {@code wave.toml:12}, or the source alone when the line is unknown. */
    @Override
    public String toString() {
        return line > 0 ? source + ":" + line : source;
    }
}
