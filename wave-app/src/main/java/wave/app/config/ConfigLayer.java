package wave.app.config;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.Objects;
import wave.config.Document;

/**
 * One checked configuration file, its relative paths resolved against its directory.
 *
 * @param document the file's values and the line of each key
 */
public record ConfigLayer(Document document) {
    /** A layer of a checked document. */
    public ConfigLayer {
        Objects.requireNonNull(document, "document");
    }

    /** The file and line of a value. */
    public Origin origin(JsonPointer pointer) {
        return new Origin(document.source(), document.line(pointer));
    }
}
