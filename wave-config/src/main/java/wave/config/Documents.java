package wave.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads TOML and JSON documents. TOML floats keep their exact decimal value (Jackson's TOML parser reads them as
 * {@link java.math.BigDecimal}, without trailing zeros: {@code 0.10} is {@code 0.1}); JSON refuses duplicate keys and trailing tokens. A syntax error is a
 * {@link DocumentException} with one {@link Problem} naming the line and column.
 *
 * <pre>{@code
 * Document config = Documents.read(Path.of("wave.toml"), "wave.toml", DocumentFormat.TOML);
 * }</pre>
 */
public final class Documents {
    private static final TomlMapper TOML = new TomlMapper();
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Documents() {
    }

    /**
     * Reads a UTF-8 file.
     *
     * @param source the name used in messages (usually the path as the user gave it)
     * @throws IOException       if the file cannot be read ({@link java.nio.file.NoSuchFileException} if missing)
     * @throws DocumentException if it is not UTF-8 text or not valid in its format
     */
    public static Document read(Path file, String source, DocumentFormat format) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new DocumentException(List.of(Problem.at(source, 0, "", "not UTF-8 text")), e);
        }
        return parse(text, source, format);
    }

    /**
     * Parses text.
     *
     * @param source the name used in messages
     * @throws DocumentException naming the line and column of a syntax error
     */
    public static Document parse(String text, String source, DocumentFormat format) {
        Objects.requireNonNull(text, "text");
        JsonNode root;
        try {
            root = format == DocumentFormat.TOML ? TOML.readTree(text) : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : location.getLineNr();
            int column = location == null ? 0 : location.getColumnNr();
            throw new DocumentException(List.of(new Problem(source, line, column, "",
                    format + " syntax error: " + e.getOriginalMessage())), e);
        }
        if (root == null) {
            root = MissingNode.getInstance(); // an empty JSON text; an empty TOML text is an empty table
        }
        Map<String, Integer> lines = format == DocumentFormat.TOML ? TomlKeyLines.of(text) : JsonKeyLines.of(text);
        return new Document(source, root, lines);
    }
}
