package wave.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks documents against a JSON Schema (draft 2020-12, validated by networknt's json-schema-validator) and says
 * what is wrong in the document's terms: the file, the line and the dotted key of each offending value, what was
 * expected and what was found, and for an unknown key the closest valid key of its table:
 *
 * <pre>
 * wave.toml:12: costs.fee_pct: expected a number &gt;= 0, got "abc"
 * wave.toml:15: execution.calender: unknown key 'calender'; did you mean 'calendar'? (valid keys: calendar, ...)
 * </pre>
 *
 * Types, bounds, enumerations, patterns, unknown keys ({@code additionalProperties: false}), required keys and
 * keys that need others ({@code dependentRequired}) are phrased this way; other keywords keep the validator's
 * message. Local {@code $ref}s are followed when naming what a keyword expects.
 */
public final class SchemaChecker {
    private final JsonNode schemaNode;
    private final Schema schema;

    /** A checker of the given schema document. */
    public SchemaChecker(JsonNode schemaNode) {
        this.schemaNode = Objects.requireNonNull(schemaNode, "schemaNode");
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaNode);
    }

    /**
     * A checker of a schema on the class path.
     *
     * @throws IllegalStateException if the resource is missing or not JSON
     */
    public static SchemaChecker ofResource(String resource, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new SchemaChecker(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + resource, e);
        }
    }

    /** The schema document. */
    public JsonNode schema() {
        return schemaNode;
    }

    /** Every problem of the document, ordered by line then key; empty if it is valid. */
    public List<Problem> check(Document document) {
        Set<Problem> problems = new LinkedHashSet<>();
        for (Error error : schema.validate(document.root())) {
            problems.add(problem(document, error));
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(Problem::line).thenComparing(Problem::path));
        return sorted;
    }

    private Problem problem(Document document, Error error) {
        JsonPointer at = pointer(error.getInstanceLocation());
        JsonNode keywordSchema = subschema(error);
        JsonNode found = error.getInstanceNode();
        return switch (error.getKeyword()) {
            case "additionalProperties" -> {
                String key = error.getProperty();
                List<String> valid = new ArrayList<>();
                resolve(keywordSchema).path("properties").fieldNames().forEachRemaining(valid::add);
                yield document.problem(at.appendProperty(key), "unknown key '" + key + "'" + DidYouMean.hint(key, valid)
                        + " (valid keys: " + String.join(", ", valid) + ")");
            }
            case "type", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "pattern", "minLength", "enum",
                 "const" -> {
                String hint = found.isTextual() && keywordSchema.has("enum")
                        ? DidYouMean.hint(found.textValue(), enumTexts(keywordSchema.get("enum"))) : "";
                yield document.problem(at, "expected " + Expectations.of(keywordSchema) + ", got "
                        + JsonValues.describe(found) + hint);
            }
            case "required" -> document.problem(at, "missing key '" + error.getArguments()[0] + "'");
            case "dependentRequired" -> {
                String present = error.getProperty();
                yield document.problem(at.appendProperty(present), "needs '" + error.getArguments()[0]
                        + "' in the same table (give both or neither)");
            }
            default -> document.problem(at, error.getMessage());
        };
    }

    /** The schema object holding the failed keyword, with a local {@code $ref} followed. */
    private JsonNode subschema(Error error) {
        String location = error.getSchemaLocation().toString();
        int hash = location.indexOf('#');
        JsonPointer keyword = JsonPointer.compile(hash < 0 ? "" : location.substring(hash + 1));
        JsonPointer parent = keyword.head() == null ? JsonPointer.empty() : keyword.head();
        return resolve(schemaNode.at(parent));
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < 8 && current.path("$ref").asText("").startsWith("#"); depth++) {
            current = schemaNode.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private static List<String> enumTexts(JsonNode values) {
        List<String> texts = new ArrayList<>();
        values.forEach(v -> {
            if (v.isTextual()) {
                texts.add(v.textValue());
            }
        });
        return texts;
    }

    private static JsonPointer pointer(NodePath path) {
        JsonPointer pointer = JsonPointer.empty();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer = element instanceof Integer index ? pointer.appendIndex(index) : pointer.appendProperty(element.toString());
        }
        return pointer;
    }
}
