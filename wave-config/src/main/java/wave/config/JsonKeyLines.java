package wave.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Finds the line of every key and array element of a JSON document, from the streaming parser's locations. */
final class JsonKeyLines {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonKeyLines() {
    }

    /** The 1-based line of each value, by its JSON pointer; runs only on text the parser accepted. */
    static Map<String, Integer> of(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                JsonPointer pointer = parser.getParsingContext().pathAsPointer();
                lines.putIfAbsent(pointer.toString(), parser.currentTokenLocation().getLineNr());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
