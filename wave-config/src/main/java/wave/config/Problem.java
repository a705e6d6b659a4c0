package wave.config;

import java.util.Objects;

/**
 * One thing wrong with a document, located as precisely as known: {@code wave.toml:12: costs.fee_pct: expected a
 * number >= 0, got "abc"}.
 *
 * @param source  the file name as the user knows it (or another name of where the value came from)
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown (only syntax errors know it)
 * @param path    the dotted key path of the offending value ({@code costs.fee_pct}, {@code x.y[0]}), or empty
 * @param message what is wrong and what was expected
 */
public record Problem(String source, int line, int column, String path, String message) {
    /** A problem as given; a negative line or column counts as unknown. */
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        line = Math.max(line, 0);
        column = Math.max(column, 0);
    }

    /** A problem with a value at a known line (0: unknown). */
    public static Problem at(String source, int line, String path, String message) {
        return new Problem(source, line, 0, path, message);
    }

    /** {@code source:line:column: path: message}, leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.append(message).toString();
    }
}
